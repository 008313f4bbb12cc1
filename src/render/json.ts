/**
 * The readiness report as the public JSON document (see ./reportDocument), and the reading
 * of such a document back with specific errors (for rendering a saved report later).
 */
import { SECTIONS } from '../core/catalogue';
import { CHECK_STATUSES } from '../core/report';
import type { CheckResult, CredentialCandidate, ReadinessReport, Verdict } from '../core/report';
import { REPORT_SCHEMA_VERSION, TOOL_NAME, TOOL_VERSION } from '../core/tool';
import { arrayShape, nullableShape, objectShape, oneOfShape, textShape, wholeNumberShape } from './jsonShape';
import type { Shape } from './jsonShape';
import type {
  ReportDocument,
  ReportDocumentAccount,
  ReportDocumentCandidate,
  ReportDocumentCheck,
  ReportDocumentFix,
} from './reportDocument';

export type { ReportDocument } from './reportDocument';

function toDocumentCheck(check: CheckResult): ReportDocumentCheck {
  // Only non-passing outcomes (and some info ones) carry a fix; a passed check never shows one.
  const fix = check.status !== 'pass' && check.fix !== undefined ? check.fix : null;
  return {
    id: check.id,
    section: check.section,
    title: check.title,
    severity: check.severity,
    status: check.status,
    evidence: [...check.evidence],
    fix: fix === null ? null : { steps: [...fix.steps], navigation: fix.navigation, links: fix.links.map((link) => ({ ...link })) },
  };
}

function toDocumentCandidate(candidate: CredentialCandidate): ReportDocumentCandidate {
  return {
    source: candidate.source,
    tokenId: candidate.tokenId,
    tokenName: candidate.tokenName,
    userId: candidate.userId,
    userName: candidate.userName,
    roleId: candidate.roleId,
    roleName: candidate.roleName,
    blockersFailed: candidate.blockersFailed,
    checks: candidate.checks.map((check) => ({ id: check.id, status: check.status, evidence: [...check.evidence] })),
  };
}

/** The report as the public JSON document (plain data: `JSON.stringify` it as is). */
export function toReportDocument(report: ReadinessReport): ReportDocument {
  const { account } = report;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: report.generatedAt,
    account: {
      id: account.id,
      actOnAccountId: account.actOnAccountId,
      hostId: account.hostId,
      environment: account.environment,
      netsuiteVersion: account.netsuiteVersion,
      uiHost: account.uiHost,
      restletHost: account.restletHost,
    },
    inputs: { integrationName: report.inputs.integrationName, roleId: report.inputs.roleId, userId: report.inputs.userId },
    inputProblems: report.inputProblems.map((problem) => ({ parameter: problem.parameter, message: problem.message })),
    verdict: report.verdict,
    checks: report.checks.map(toDocumentCheck),
    candidates: report.candidates.map(toDocumentCandidate),
    candidatesOmitted: report.candidatesOmitted,
    usage: { queries: report.usage.queries, governanceUnits: report.usage.governanceUnits },
  };
}

const VERDICTS: readonly Verdict[] = ['READY', 'READY_WITH_WARNINGS', 'INCOMPLETE', 'NOT_READY'];
const textListShape = arrayShape(textShape);

const ACCOUNT_SHAPE = objectShape<ReportDocumentAccount>({
  id: textShape,
  actOnAccountId: textShape,
  hostId: textShape,
  environment: textShape,
  netsuiteVersion: textShape,
  uiHost: textShape,
  restletHost: textShape,
});

const FIX_SHAPE = objectShape<ReportDocumentFix>({
  steps: textListShape,
  navigation: textShape,
  links: arrayShape(objectShape<ReportDocumentFix['links'][number]>({ label: textShape, href: textShape })),
});

const STATUS_SHAPE = oneOfShape(CHECK_STATUSES);

const CHECK_SHAPE = objectShape<ReportDocumentCheck>({
  id: textShape,
  section: oneOfShape(SECTIONS.map((section) => section.id)),
  title: textShape,
  severity: oneOfShape(['blocker', 'warning', 'info'] as const),
  status: STATUS_SHAPE,
  evidence: textListShape,
  fix: nullableShape(FIX_SHAPE),
});

const CANDIDATE_SHAPE = objectShape<ReportDocumentCandidate>({
  source: oneOfShape(['token', 'request'] as const),
  tokenId: nullableShape(wholeNumberShape),
  tokenName: nullableShape(textShape),
  userId: nullableShape(wholeNumberShape),
  userName: nullableShape(textShape),
  roleId: wholeNumberShape,
  roleName: nullableShape(textShape),
  blockersFailed: wholeNumberShape,
  checks: arrayShape(
    objectShape<ReportDocumentCandidate['checks'][number]>({ id: textShape, status: STATUS_SHAPE, evidence: textListShape }),
  ),
});

const REPORT_DOCUMENT_SHAPE: Shape<ReportDocument> = objectShape<ReportDocument>({
  schemaVersion: wholeNumberShape,
  tool: objectShape<ReportDocument['tool']>({ name: textShape, version: textShape }),
  generatedAt: textShape,
  account: ACCOUNT_SHAPE,
  inputs: objectShape<ReportDocument['inputs']>({
    integrationName: textShape,
    roleId: nullableShape(wholeNumberShape),
    userId: nullableShape(wholeNumberShape),
  }),
  inputProblems: arrayShape(objectShape<ReportDocument['inputProblems'][number]>({ parameter: textShape, message: textShape })),
  verdict: oneOfShape(VERDICTS),
  checks: arrayShape(CHECK_SHAPE),
  candidates: arrayShape(CANDIDATE_SHAPE),
  candidatesOmitted: wholeNumberShape,
  usage: objectShape<ReportDocument['usage']>({ queries: wholeNumberShape, governanceUnits: wholeNumberShape }),
});

/** A schema version this tool cannot read, as an error; null when it can. */
function unsupportedVersion(parsed: unknown): string | null {
  if (typeof parsed !== 'object' || parsed === null) return null;
  const version = (parsed as { readonly schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || version === REPORT_SCHEMA_VERSION) return null;
  return `schemaVersion: this tool reads version ${REPORT_SCHEMA_VERSION}, the document is version ${version}`;
}

/**
 * Reads a report document saved as JSON. Returns the document, or `{ error }` naming the first
 * problem: not JSON, another schema version, or the path of the field that has the wrong shape.
 */
export function parseReportDocument(text: string): ReportDocument | { readonly error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (problem) {
    return { error: `Not valid JSON: ${problem instanceof Error ? problem.message : String(problem)}` };
  }
  const versionProblem = unsupportedVersion(parsed);
  if (versionProblem !== null) return { error: versionProblem };
  const shapeProblem = REPORT_DOCUMENT_SHAPE.mismatch(parsed, '');
  return shapeProblem === null ? (parsed as ReportDocument) : { error: shapeProblem };
}
