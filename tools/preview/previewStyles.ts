/**
 * CSS of the preview's own chrome: the banner above each emulated page and the preview's pages
 * (landing, not found, errors). Every banner rule is scoped under its id so it cannot restyle
 * the emulated NetSuite page, and the banner is hidden when a page is printed.
 */

/** The id of the banner element, outside the emulated page. */
export const BANNER_ID = 'acton-preview-banner';

const B = `#${BANNER_ID}`;

export const BANNER_CSS = [
  `${B}{box-sizing:border-box;display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;margin:0;padding:6px 16px;`,
  'font:13px/1.4 system-ui,-apple-system,"Segoe ' +
    'UI",Arial,sans-serif;color:#1f1f1f;background:#fff3c4;border-bottom:3px dashed #8a6d00}',
  `${B} *{box-sizing:border-box;font:inherit}`,
  `${B} .pv-tag{font-weight:700;letter-spacing:.08em;background:#1f1f1f;color:#fff3c4;padding:1px ` +
    `8px;border-radius:3px}`,
  // At 420 px the picker wraps onto its own line and the select takes the room it has.
  `${B} form{display:inline-flex;flex-wrap:wrap;align-items:center;gap:6px;margin:0;max-width:100%}`,
  `${B} select{max-width:100%;min-width:0;padding:2px 4px;border:1px solid #8a6d00;border-radius:3px;background:#fff}`,
  `${B} button{padding:2px 10px;border:1px solid #8a6d00;border-radius:3px;background:#fff;cursor:pointer}`,
  `${B} a{color:#0b4f9c}`,
  `${B} .pv-notes{font-weight:600;color:#8b1a1a}`,
  `@media print{${B}{display:none}}`,
].join('\n');

/** CSS of the preview's own pages. */
export const PAGE_CSS = [
  'body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1f2328;background:#f6f7f9}',
  '.pv-page{max-width:900px;margin:0 auto;padding:24px 20px 40px}',
  '.pv-page h1{font-size:24px;font-weight:600;margin:0 0 12px}',
  '.pv-page h2{font-size:17px;margin:24px 0 8px}',
  '.pv-accounts{list-style:none;margin:0;padding:0;display:grid;gap:10px}',
  '.pv-account{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:10px 14px}',
  '.pv-account a{font-weight:600;font-size:15px;color:#0b4f9c}',
  '.pv-account p{margin:4px 0 0;color:#57606a}',
  '.pv-verdict{display:inline-block;margin-left:8px;padding:0 8px;border:1px ' +
    'solid;border-radius:10px;font-size:12px;font-weight:700}',
  '.pv-tone-good{color:#116329;background:#dafbe1}',
  '.pv-tone-bad{color:#a40e26;background:#ffebe9}',
  '.pv-tone-caution{color:#7d4e00;background:#fff8c5}',
  '.pv-tone-neutral{color:#424a53;background:#eaeef2}',
  '.pv-message{background:#fff;border:2px solid #cf222e;border-radius:6px;padding:10px ' +
    '16px;white-space:pre-wrap;overflow-wrap:anywhere}',
  'code{font-family:Consolas,"Courier New",monospace}',
].join('\n');
