/**
 * The report as terminal text: the verdict first, then the fix plan, then each section with one line per check
 * (icon and status word, then the title), evidence and the fix indented under every check that
 * did not pass, the candidates, the Account ID to type into Act-On, and what the audit cost.
 *
 * Pure (no N/*, no Node APIs) so every entry point can use it. Colour is optional and never
 * the only signal: each status is spelt out. Account-supplied text is stripped of control
 * characters so a crafted name cannot move the cursor or recolour the terminal.
 */
import { fixOwnerLabel } from '../core/fixOwners';
import { failureSummary } from '../core/fixPlan';
import { SECTIONS } from '../core/catalogue';
import type { ReadinessReport } from '../core/report';
import { fromReportDocument } from './json';
import { AUDIT_DETAILS_INTRO, auditDetailsTitle, foldedStatement, probeOutcomeText } from './auditDetails';
import { printableText } from './escape';
import { accountUiBaseUrl, safeHref } from './links';
import type { ReportDocument, ReportDocumentCandidate, ReportDocumentCheck, ReportDocumentFix } from './reportDocument';
import { ENVIRONMENT_LABELS, SEVERITY_LABELS, STATUS_PRESENTATION, VERDICT_PRESENTATION } from './statusPresentation';
import type { Presentation } from './statusPresentation';
import { othersNeededSentence, verdictHeadline } from './verdictHeadline';
import { timeInWords } from '../core/timeWords';

export interface TextReportOptions {
  /** ANSI colours and bold headings; pass true only for a terminal that wants them. */
  readonly color: boolean;
  /** Columns to wrap at (default 80, at least 40). Long words such as URLs are never broken. */
  readonly width?: number;
  /** Also list what each SuiteQL statement of the audit read (the report's `probes`). */
  readonly verbose?: boolean;
}

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;
const CHECK_INDENT = '  ';
const DETAIL_INDENT = '      ';
const STEP_INDENT = '        ';
/** Width of the "Asked about: " labels above the sections. */
const LABEL_WIDTH = 13;
/** Wide enough for the longest status word ("Check by hand"), so titles line up. */
const STATUS_WIDTH = Math.max(...Object.values(STATUS_PRESENTATION).map((presentation) => presentation.label.length));

/** SGR sequences (the ones picocolors writes); applied only when colour is on. */
const STYLES = {
  bold: ['\u001b[1m', '\u001b[22m'],
  good: ['\u001b[32m', '\u001b[39m'],
  bad: ['\u001b[31m', '\u001b[39m'],
  caution: ['\u001b[33m', '\u001b[39m'],
  neutral: ['\u001b[36m', '\u001b[39m'],
} as const;

type Style = keyof typeof STYLES;

/** The text with a style, or as is when colour is off. */
type Styler = (style: Style, text: string) => string;

function stylerFor(color: boolean): Styler {
  return color ? (style, text) => `${STYLES[style][0]}${text}${STYLES[style][1]}` : (_style, text) => text;
}

/** Word-wraps `text` to `width` columns: the first line after `indent`, the rest after `hangingIndent`. */
function wrap(text: string, width: number, indent: string, hangingIndent: string = indent): string[] {
  const words = printableText(text)
    .split(' ')
    .filter((word) => word !== '');
  const lines: string[] = [];
  let line = indent;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hangingIndent + word;
    } else {
      line = lineHasWord ? `${line} ${word}` : line + word;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

interface Layout {
  readonly width: number;
  readonly style: Styler;
  readonly uiBaseUrl: string | undefined;
}

function heading(layout: Layout, text: string): string[] {
  return ['', layout.style('bold', text.toUpperCase())];
}

function badge(layout: Layout, presentation: Presentation, label: string): string {
  return layout.style(presentation.tone, `${presentation.icon} ${label}`);
}

function verdictLines(report: ReadinessReport, layout: Layout): string[] {
  const presentation = VERDICT_PRESENTATION[report.verdict];
  const headline = verdictHeadline(report);
  const problems = headline.problems.flatMap((problem) =>
    wrap(`- ${problem.summary}${problem.detail === null ? '' : `: ${problem.detail}`}`, layout.width, '  ', '    '),
  );
  const login = headline.latestLoginFailure;
  const loginLines =
    login === null
      ? []
      : wrap(
          `Latest token login: ${login.sentence}${login.fix === null ? '' : ` ${login.fix}`}`,
          layout.width,
          '',
          '  ',
        );
  const rejected = headline.rejectedInputs.flatMap((line) => wrap(`Rejected input ${line}`, layout.width, '', '  '));
  const others = othersNeededSentence(headline);
  const othersLines = others === null ? [] : wrap(others, layout.width, '');
  return [
    `Act-On readiness: ${layout.style('bold', badge(layout, presentation, presentation.label))} (${report.verdict})`,
    ...wrap(presentation.meaning, layout.width, ''),
    ...problems,
    ...othersLines,
    ...loginLines,
    ...rejected,
  ];
}

/** The fix plan: numbered steps, each with where it is done and the checks it resolves. */
function fixPlanLines(report: ReadinessReport, layout: Layout): string[] {
  if (report.fixPlan.length === 0) return [];
  return [
    ...heading(layout, 'Fix plan'),
    ...report.fixPlan.flatMap((step) => {
      const number = `${step.order}. `;
      const links = step.links.flatMap((link) => {
        const href = safeHref(link.href, layout.uiBaseUrl);
        return href === null
          ? []
          : wrap(`Open: ${link.label} <${href}>`, layout.width, DETAIL_INDENT, `${DETAIL_INDENT}  `);
      });
      return [
        ...wrap(step.title, layout.width, CHECK_INDENT + number, CHECK_INDENT + ' '.repeat(number.length)),
        ...wrap(`Who: ${fixOwnerLabel(step.owner)}`, layout.width, DETAIL_INDENT, `${DETAIL_INDENT}  `),
        ...wrap(`Where: ${step.navigation}`, layout.width, DETAIL_INDENT, `${DETAIL_INDENT}  `),
        ...wrap(`Resolves: ${step.resolves.join(', ')}`, layout.width, DETAIL_INDENT, `${DETAIL_INDENT}  `),
        ...links,
      ];
    }),
  ];
}

function environmentText(environment: string): string {
  const label = ENVIRONMENT_LABELS.get(environment);
  return label === undefined ? environment : label;
}

function contextLines(document: ReportDocument, layout: Layout): string[] {
  const { account, inputs } = document;
  const asked = [
    `integration ${inputs.integrationName}`,
    ...(inputs.roleId === null ? [] : [`role id ${inputs.roleId}`]),
    ...(inputs.userId === null ? [] : [`user id ${inputs.userId}`]),
  ].join(', ');
  const labelled = (label: string, value: string): string[] =>
    wrap(value, layout.width, label.padEnd(LABEL_WIDTH), ' '.repeat(LABEL_WIDTH));
  return [
    '',
    ...labelled(
      'Account:',
      `${account.id} (${environmentText(account.environment)}, NetSuite ${account.netsuiteVersion})`,
    ),
    ...labelled('Asked about:', asked),
    ...labelled('Audited:', timeInWords(document.generatedAt)),
  ];
}

function fixLines(fix: ReportDocumentFix, fixHeading: string, layout: Layout): string[] {
  const steps = fix.steps.flatMap((step, index) => {
    const number = `${index + 1}. `;
    return wrap(step, layout.width, STEP_INDENT + number, STEP_INDENT + ' '.repeat(number.length));
  });
  const links = fix.links.flatMap((link) => {
    const href = safeHref(link.href, layout.uiBaseUrl);
    return wrap(
      href === null ? `Open: ${link.label}` : `Open: ${link.label} <${href}>`,
      layout.width,
      DETAIL_INDENT,
      `${DETAIL_INDENT}  `,
    );
  });
  return [
    ...wrap(`${fixHeading} (${fix.navigation}):`, layout.width, DETAIL_INDENT, `${DETAIL_INDENT}  `),
    ...steps,
    ...links,
  ];
}

/** What a check's fix is in the text: its own fix, a pointer to the step that writes it out, or nothing. */
function fixReferenceLines(check: ReportDocumentCheck, document: ReportDocument, layout: Layout): string[] | null {
  const step = document.fixPlan?.find((planStep) => planStep.resolves.includes(check.id));
  if (step === undefined || step.resolves[0] === check.id) return null;
  if (check.causedBy !== undefined) return [];
  const heading = STATUS_PRESENTATION[check.status].fixHeading;
  return wrap(`${heading}: see fix plan step ${step.order}, ${step.title}.`, layout.width, DETAIL_INDENT);
}

function causeLines(check: ReportDocumentCheck, document: ReportDocument, layout: Layout): string[] {
  if (check.causedBy === undefined) return [];
  const cause = document.checks.find((candidate) => candidate.id === check.causedBy);
  const step = document.fixPlan?.find((planStep) => planStep.resolves.includes(check.id));
  const named = cause === undefined ? check.causedBy : failureSummary(cause);
  const resolves = step === undefined ? '' : `; fix plan step ${step.order} resolves both`;
  return wrap(`Caused by: ${named}${resolves}.`, layout.width, DETAIL_INDENT, `${DETAIL_INDENT}  `);
}

function checkLines(check: ReportDocumentCheck, document: ReportDocument, layout: Layout): string[] {
  const presentation = STATUS_PRESENTATION[check.status];
  const severity = check.status === 'pass' || check.severity === 'info' ? '' : ` [${SEVERITY_LABELS[check.severity]}]`;
  const statusColumn = `${presentation.icon} ${presentation.label.padEnd(STATUS_WIDTH)}`;
  // Titles wrap under themselves; the status column is put in front of the first line afterwards.
  const titleIndent = ' '.repeat(CHECK_INDENT.length + statusColumn.length + 2);
  const [first = '', ...rest] = wrap(`${check.title}${severity}`, layout.width, titleIndent);
  const titleLine = `${CHECK_INDENT}${layout.style(presentation.tone, statusColumn)}  ${first.slice(titleIndent.length)}`;
  if (check.status === 'pass') return [titleLine, ...rest];
  const evidence = [
    ...causeLines(check, document, layout),
    ...check.evidence.flatMap((line) => wrap(line, layout.width, DETAIL_INDENT, `${DETAIL_INDENT}  `)),
  ];
  // Info checks carry background, not work: their evidence is enough in a terminal.
  const fix =
    check.fix === null || check.status === 'info'
      ? []
      : (fixReferenceLines(check, document, layout) ?? fixLines(check.fix, presentation.fixHeading, layout));
  return [titleLine, ...rest, ...evidence, ...fix];
}

function sectionLines(document: ReportDocument, layout: Layout): string[] {
  return SECTIONS.flatMap((section) => {
    const checks = document.checks.filter((check) => check.section === section.id);
    return checks.length === 0
      ? []
      : [...heading(layout, section.title), ...checks.flatMap((check) => checkLines(check, document, layout))];
  });
}

/** "Name (id 12)", "id 12" or "unknown". */
function named(name: string | null, id: number | null): string {
  if (name === null || name.trim() === '') return id === null ? 'unknown' : `id ${id}`;
  return id === null ? name : `${name} (id ${id})`;
}

function candidateLine(candidate: ReportDocumentCandidate, position: number, layout: Layout): string[] {
  const token =
    candidate.source === 'request'
      ? 'no token (the role and user asked about)'
      : `token ${named(candidate.tokenName, candidate.tokenId)}`;
  const blockers =
    candidate.blockersFailed === 1 ? '1 blocker check fails' : `${candidate.blockersFailed} blocker checks fail`;
  const text =
    `${position}. ${token}; user ${named(candidate.userName, candidate.userId)}; role ` +
    `${named(candidate.roleName, candidate.roleId)}: ${blockers}`;
  return wrap(text, layout.width, CHECK_INDENT, `${CHECK_INDENT}   `);
}

function candidateLines(document: ReportDocument, layout: Layout): string[] {
  const lines = heading(layout, 'Tokens, users and roles examined');
  if (document.candidates.length === 0) {
    return [
      ...lines,
      ...wrap('No access token for the integration was found and no role was asked about.', layout.width, CHECK_INDENT),
    ];
  }
  const omitted =
    document.candidatesOmitted === 0
      ? []
      : wrap(
          `${document.candidatesOmitted} more not shown; ask about a role and user (--role, --user) to audit ` +
            `one of them.`,
          layout.width,
          CHECK_INDENT,
        );
  return [
    ...lines,
    ...wrap("Best first; the credential checks above are the first one's.", layout.width, CHECK_INDENT),
    ...document.candidates.flatMap((candidate, index) => candidateLine(candidate, index + 1, layout)),
    ...omitted,
  ];
}

function accountLines(document: ReportDocument, layout: Layout): string[] {
  const { account } = document;
  const hosts = `UI host ${account.uiHost}, RESTlet host ${account.restletHost}.`;
  // Only worth a warning when the two forms differ (sandboxes, Release Preview, test drives).
  const hostFormWarning =
    account.hostId === account.actOnAccountId
      ? hosts
      : `Not the host form ${account.hostId} (${hosts.slice(0, -1)}): typed into Act-On, it makes every login ` +
        `fail with "InvalidSignature".`;
  return [
    ...heading(layout, 'Account ID for Act-On'),
    ...wrap(
      'In Act-On, go to Settings > Connectors > CRM > NetSuite and type this exactly as shown:',
      layout.width,
      CHECK_INDENT,
    ),
    `${CHECK_INDENT}${CHECK_INDENT}${layout.style('bold', printableText(account.actOnAccountId))}`,
    ...wrap(hostFormWarning, layout.width, CHECK_INDENT),
  ];
}

function usageLines(document: ReportDocument, layout: Layout): string[] {
  const { queries, governanceUnits } = document.usage;
  return [
    ...heading(layout, 'Audit cost'),
    ...wrap(
      `${queries} SuiteQL ${queries === 1 ? 'query' : 'queries'}, ${governanceUnits} governance units (a ` +
        `Suitelet may use 1,000 per request). The audit only reads: nothing in the account was changed.`,
      layout.width,
      CHECK_INDENT,
    ),
  ];
}

function auditDetailLines(document: ReportDocument, layout: Layout): string[] {
  const probes = document.probes ?? [];
  if (probes.length === 0) return [];
  return [
    ...heading(layout, auditDetailsTitle(probes)),
    ...wrap(AUDIT_DETAILS_INTRO, layout.width, CHECK_INDENT),
    ...probes.flatMap((probe, index) => [
      ...wrap(`${index + 1}. ${probe.subject}: ${probeOutcomeText(probe)}`, layout.width, CHECK_INDENT, DETAIL_INDENT),
      ...wrap(foldedStatement(probe), layout.width, DETAIL_INDENT),
    ]),
  ];
}

/** The report document as terminal text, ending with a line break. */
export function renderReportText(document: ReportDocument, options: TextReportOptions): string {
  const layout: Layout = {
    width: Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH)),
    style: stylerFor(options.color),
    uiBaseUrl: accountUiBaseUrl(document.account),
  };
  const report = fromReportDocument(document);
  const lines = [
    ...verdictLines(report, layout),
    ...contextLines(document, layout),
    ...fixPlanLines(report, layout),
    ...sectionLines(document, layout),
    ...candidateLines(document, layout),
    ...accountLines(document, layout),
    ...usageLines(document, layout),
    ...(options.verbose === true ? auditDetailLines(document, layout) : []),
  ];
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}
