/**
 * The report's CSS. Every rule is scoped under `.acton-readiness` so it cannot restyle
 * NetSuite's own page around the inline HTML field. Colours only reinforce the words and
 * icons of each status. No `<` or `&` here: the CSS sits inside a `<style>` element.
 */

/** The class every report fragment is wrapped in. */
export const REPORT_ROOT_CLASS = 'acton-readiness';

const ROOT = `.${REPORT_ROOT_CLASS}`;

const SCREEN_RULES = [
  `${ROOT} { font-family: Arial, Helvetica, sans-serif; font-size: 13px; line-height: 1.45; color: #1f2328; ` +
    `max-width: 1100px; }`,
  `${ROOT} h2 { font-size: 20px; margin: 0 0 6px; }`,
  `${ROOT} h3 { font-size: 16px; margin: 12px 0 6px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }`,
  `${ROOT} h4 { font-size: 13px; margin: 8px 0 4px; }`,
  `${ROOT} code, ${ROOT} .ar-mono { font-family: Consolas, "Courier New", monospace; }`,
  // Host names and ids have no spaces to break at: on a phone they would widen the page.
  `${ROOT} code { overflow-wrap: anywhere; }`,
  `${ROOT} a { color: #0b5cad; }`,
  `${ROOT} .ar-verdict { border: 2px solid #8c959f; border-radius: 6px; padding: 12px 16px; margin: 8px 0 12px; }`,
  `${ROOT} .ar-verdict.ar-tone-good { border-color: #1a7f37; background: #eefbf1; }`,
  `${ROOT} .ar-verdict.ar-tone-bad { border-color: #cf222e; background: #fff1f0; }`,
  `${ROOT} .ar-verdict.ar-tone-caution { border-color: #9a6700; background: #fff8e1; }`,
  `${ROOT} .ar-meta { color: #57606a; font-size: 12px; }`,
  `${ROOT} .ar-downloads a { margin-right: 14px; }`,
  `${ROOT} .ar-problems { border: 2px solid #cf222e; border-radius: 6px; padding: 8px 16px; margin: 12px 0; ` +
    `background: #fff1f0; }`,
  `${ROOT} ol.ar-checks { list-style: none; margin: 0; padding: 0; }`,
  `${ROOT} .ar-check { border: 1px solid #d0d7de; border-left-width: 6px; border-radius: 4px; padding: 8px ` +
    `12px; margin: 0 0 8px; }`,
  `${ROOT} .ar-check.ar-tone-good { border-left-color: #1a7f37; }`,
  `${ROOT} .ar-check.ar-tone-bad { border-left-color: #cf222e; }`,
  `${ROOT} .ar-check.ar-tone-caution { border-left-color: #9a6700; }`,
  `${ROOT} .ar-check.ar-tone-neutral { border-left-color: #8c959f; }`,
  `${ROOT} .ar-check-title { font-weight: bold; margin-left: 6px; }`,
  `${ROOT} .ar-severity { color: #57606a; font-size: 12px; margin-left: 6px; }`,
  `${ROOT} .ar-badge { display: inline-block; box-sizing: border-box; width: 9.5em; text-align: center; ` +
    `white-space: nowrap; padding: 1px 8px; border: 1px solid; border-radius: 10px; font-size: 12px; font-weight: ` +
    `bold; }`,
  `${ROOT} .ar-badge.ar-tone-good { color: #116329; background: #dafbe1; }`,
  `${ROOT} .ar-badge.ar-tone-bad { color: #a40e26; background: #ffebe9; }`,
  `${ROOT} .ar-badge.ar-tone-caution { color: #7d4e00; background: #fff8c5; }`,
  `${ROOT} .ar-badge.ar-tone-neutral { color: #424a53; background: #eaeef2; }`,
  `${ROOT} .ar-check details > summary { cursor: pointer; }`,
  // A folded card is one compact line; an open one keeps its room.
  `${ROOT} .ar-check:has(> details) { padding: 2px 12px; margin-bottom: 4px; }`,
  `${ROOT} .ar-section-fold > summary { cursor: pointer; color: #424a53; margin-bottom: 2px; }`,
  // A section with nothing to do is one line, its heading beside its count; opened, its checks go below.
  `${ROOT} .ar-section:has(> .ar-section-fold) h3 { display: inline-block; margin: 8px 12px 2px 0; ` +
    `border-bottom: 0; padding-bottom: 0; }`,
  `${ROOT} .ar-section-fold:not([open]) { display: inline-block; }`,
  // The first section heads its own part of the page (the Checks tab): no room above it.
  `${ROOT} > .ar-section:first-child h3 { margin-top: 0; }`,
  `${ROOT} .ar-check:target { outline: 3px solid #0b5cad; }`,
  `${ROOT} .ar-check details > summary::marker { color: #57606a; }`,
  `${ROOT} .ar-fix-plan { background: #ffffff; border: 1px solid #d0d7de; border-radius: 4px; padding: 4px 12px ` +
    `8px; margin: 8px 0; }`,
  `${ROOT} .ar-fix-plan h3 { margin-top: 6px; }`,
  `${ROOT} .ar-fix-plan li { margin-bottom: 6px; }`,
  `${ROOT} .ar-step-title { font-weight: bold; }`,
  `${ROOT} .ar-headline { margin: 6px 0; padding-left: 20px; }`,
  `${ROOT} .ar-evidence { margin: 6px 0; padding-left: 20px; }`,
  `${ROOT} .ar-fix { background: #f6f8fa; border-radius: 4px; padding: 4px 12px 8px; margin-top: 6px; }`,
  `${ROOT} table.ar-candidates { border-collapse: collapse; width: 100%; }`,
  `${ROOT} table.ar-candidates th, ${ROOT} table.ar-candidates td { border: 1px solid #d0d7de; padding: 4px ` +
    `8px; text-align: left; vertical-align: top; }`,
  `${ROOT} table.ar-candidates th { background: #f6f8fa; }`,
  `${ROOT} .ar-account-id { font-family: Consolas, "Courier New", monospace; font-size: 28px; font-weight: ` +
    `bold; letter-spacing: 1px; border: 2px dashed #57606a; display: inline-block; padding: 6px 14px; margin: 4px ` +
    `0 8px; }`,
  `${ROOT} .ar-audit-details { margin-top: 8px; }`,
  `${ROOT} .ar-audit-details summary { cursor: pointer; font-weight: bold; }`,
  `${ROOT} pre.ar-statement { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: 4px ` +
    `8px; font-size: 12px; }`,
  `${ROOT} dl.ar-facts dt { font-weight: bold; float: left; clear: left; width: 150px; }`,
  `${ROOT} dl.ar-facts dd { margin: 0 0 4px 160px; }`,
];

/** Rules for the standalone print page: A4, no colour needed, checks never split across pages. */
const PRINT_RULES = [
  '@page { size: A4; margin: 12mm 12mm; }',
  'body { margin: 0; padding: 12px; background: #ffffff; }',
  `${ROOT} { max-width: none; }`,
  `${ROOT} h1 { font-size: 22px; margin: 0 0 8px; }`,
  '@media print {',
  '  body { padding: 0; }',
  `  ${ROOT} { font-size: 10pt; line-height: 1.3; }`,
  `  ${ROOT} p, ${ROOT} .ar-evidence, ${ROOT} ol.ar-steps { margin: 3px 0; }`,
  `  ${ROOT} .ar-check { padding: 4px 8px; margin-bottom: 4px; }`,
  // Checks with nothing to do sit two to a line on paper.
  `  ${ROOT} .ar-check-compact { display: inline-block; box-sizing: border-box; width: 49.5%; ` +
    `vertical-align: top; padding: 0 6px; margin: 0 0.5% 2px 0; font-size: 9pt; }`,
  `  ${ROOT} .ar-fix { padding: 2px 8px 4px; margin-top: 3px; }`,
  `  ${ROOT} h3 { margin: 8px 0 3px; }`,
  `  ${ROOT} .ar-account-id { font-size: 18px; padding: 2px 10px; margin: 2px 0 4px; }`,
  `  ${ROOT} .ar-check, ${ROOT} .ar-verdict, ${ROOT} .ar-account, ${ROOT} tr { break-inside: avoid; ` +
    `page-break-inside: avoid; }`,
  `  ${ROOT} h3 { break-after: avoid; page-break-after: avoid; }`,
  // On paper a link is only useful with its address.
  `  ${ROOT} a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #57606a; word-break: break-all; }`,
  '}',
];

/** CSS for the report fragment inside NetSuite. */
export const REPORT_CSS = SCREEN_RULES.join('\n');

/** CSS for standalone pages (print page, error pages). */
export const STANDALONE_PAGE_CSS = [...SCREEN_RULES, ...PRINT_RULES].join('\n');
