/**
 * The readiness report as the public JSON document (see ./reportDocument), and back: a saved
 * document (an export, or a RESTlet's answer) is read with specific errors and turned into the
 * report the HTML and CSV renderers take. Both directions live here so they stay each other's
 * inverse: `toReportDocument(fromReportDocument(document))` is the document again.
 */
import { CHECK_CATALOGUE, defaultFixTitle } from '../core/catalogue';
import type { CheckId, CheckSection, Severity } from '../core/catalogue';
import type { CheckOutcome, CheckResult, CredentialCandidate, Fix, ReadinessReport } from '../core/report';
import type { StatementDiagnostic } from '../core/snapshot';
import { REPORT_SCHEMA_VERSION, TOOL_NAME, TOOL_VERSION } from '../core/tool';
import { fixOwnerOf, type FixOwner } from '../core/fixOwners';
import { failureSummary, planFixes, withCauses, type FixPlanStep } from '../core/fixPlan';
import type {
  ReportDocument,
  ReportDocumentCandidate,
  ReportDocumentCheck,
  ReportDocumentFinding,
  ReportDocumentFix,
  ReportDocumentFixStep,
} from './reportDocument';
import { REPORT_DOCUMENT_SHAPE } from './reportDocumentShape';

export type { ReportDocument } from './reportDocument';

/** A fix, copied (the report and the document hold the same fields). */
function copyFix(fix: Fix): Fix {
  return {
    id: fix.id,
    title: fix.title,
    owner: fix.owner,
    steps: [...fix.steps],
    navigation: fix.navigation,
    links: fix.links.map((link) => ({ label: link.label, href: link.href })),
  };
}

/** A candidate's fields that both forms share: who it is and how it scored. */
type CandidateIdentity = Omit<ReportDocumentCandidate, 'checks'>;

function copyCandidateIdentity(candidate: CandidateIdentity): CandidateIdentity {
  return {
    source: candidate.source,
    tokenId: candidate.tokenId,
    tokenName: candidate.tokenName,
    userId: candidate.userId,
    userName: candidate.userName,
    roleId: candidate.roleId,
    roleName: candidate.roleName,
    blockersFailed: candidate.blockersFailed,
  };
}

function toDocumentCheck(check: CheckResult): ReportDocumentCheck {
  // Only non-passing outcomes (and some info ones) carry a fix; a passed check never shows one.
  const fix = check.status !== 'pass' && check.fix !== undefined ? copyFix(check.fix) : null;
  const cause = check.causedBy === undefined ? {} : { causedBy: check.causedBy };
  const summary = check.status === 'pass' || check.status === 'info' ? {} : { summary: failureSummary(check) };
  return {
    id: check.id,
    section: check.section,
    title: check.title,
    severity: check.severity,
    status: check.status,
    evidence: [...check.evidence],
    findings: check.findings.map((finding) => ({ id: finding.id, data: finding.data })),
    fix,
    ...cause,
    ...summary,
  };
}

/** A plan step, copied (the report and the document hold the same fields). */
function copyFixStep(step: ReportDocumentFixStep): ReportDocumentFixStep {
  return {
    order: step.order,
    title: step.title,
    resolves: [...step.resolves],
    navigation: step.navigation,
    links: step.links.map((link) => ({ label: link.label, href: link.href })),
    ...(step.owner === undefined ? {} : { owner: step.owner }),
  };
}

/** A document step's owner: its own, or (a document of an earlier version) the one its root check's fix has. */
function stepOwner(step: ReportDocumentFixStep, checks: ReadonlyMap<string, ReportDocumentCheck>): FixOwner {
  if (step.owner !== undefined) return step.owner;
  const root = checks.get(step.resolves[0] ?? '');
  return fixOwnerOf({ id: step.resolves[0] ?? '', status: root?.status ?? 'fail' });
}

function toDocumentCandidate(candidate: CredentialCandidate): ReportDocumentCandidate {
  return {
    ...copyCandidateIdentity(candidate),
    checks: candidate.checks.map((check) => ({ id: check.id, status: check.status, evidence: [...check.evidence] })),
  };
}

/** A statement's diagnostic, copied field by field (the report and the document hold the same fields). */
function copyProbe(probe: StatementDiagnostic): StatementDiagnostic {
  return {
    subject: probe.subject,
    statement: probe.statement,
    outcome: probe.outcome,
    ...(probe.reason === undefined ? {} : { reason: probe.reason }),
    rows: probe.rows,
    bounded: probe.bounded,
    error: probe.error === null ? null : { code: probe.error.code, message: probe.error.message },
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
    inputs: {
      integrationName: report.inputs.integrationName,
      roleId: report.inputs.roleId,
      userId: report.inputs.userId,
      scoreFieldIds: [...report.inputs.scoreFieldIds],
    },
    inputProblems: report.inputProblems.map((problem) => ({ parameter: problem.parameter, message: problem.message })),
    verdict: report.verdict,
    fixPlan: report.fixPlan.map(copyFixStep),
    checks: report.checks.map(toDocumentCheck),
    candidates: report.candidates.map(toDocumentCandidate),
    candidatesOmitted: report.candidatesOmitted,
    usage: { queries: report.usage.queries, governanceUnits: report.usage.governanceUnits },
    probes: report.probes.map(copyProbe),
  };
}

/** A check's description besides its outcome. */
interface CheckDescription {
  readonly section: CheckSection;
  readonly title: string;
  readonly severity: Severity;
  readonly why: string;
}

/** A document's fix as the report holds it; a document of an earlier version names no id, title or owner. */
function fromDocumentFix(fix: ReportDocumentFix, check: { readonly id: string; readonly title: string }): Fix {
  return {
    id: fix.id ?? 'default',
    title: fix.title ?? defaultFixTitle(check),
    owner: fix.owner ?? fixOwnerOf({ id: check.id, status: 'fail' }),
    steps: [...fix.steps],
    navigation: fix.navigation,
    links: fix.links.map((link) => ({ label: link.label, href: link.href })),
  };
}

/** The fix of a non-passing check whose document came without one (this tool's reports always carry one). */
function noFix(check: { readonly id: string; readonly title: string }): Fix {
  return fromDocumentFix({ steps: [], navigation: '', links: [] }, check);
}

/** The catalogue by check id, built once: documents can be large, and ids come from outside. */
const CATALOGUE_BY_ID: ReadonlyMap<string, (typeof CHECK_CATALOGUE)[number]> = new Map(
  CHECK_CATALOGUE.map((entry) => [entry.id, entry]),
);

/** The document carries no "why": it comes from this version's catalogue, empty for a check it does not know. */
function catalogueWhy(id: string): string {
  return CATALOGUE_BY_ID.get(id)?.why ?? '';
}

/** A document check's outcome as the report holds it. */
function toOutcome(
  check: { readonly id: string; readonly title: string; readonly status: ReportDocumentCheck['status'] },
  evidence: readonly string[],
  fix: ReportDocumentFix | null,
  summary?: string,
): CheckOutcome {
  const { status } = check;
  switch (status) {
    case 'pass':
      return { status, evidence: [...evidence] };
    case 'info':
      return fix === null
        ? { status, evidence: [...evidence] }
        : { status, evidence: [...evidence], fix: fromDocumentFix(fix, check) };
    default: {
      // A document of an earlier version has no summary: the renderers fall back to the catalogue's wording.
      const outcome = {
        status,
        evidence: [...evidence],
        fix: fix === null ? noFix(check) : fromDocumentFix(fix, check),
      };
      return summary === undefined ? outcome : { ...outcome, summary };
    }
  }
}

function toCheckResult(
  id: string,
  description: CheckDescription,
  outcome: CheckOutcome,
  findings: readonly ReportDocumentFinding[],
  causedBy?: string,
): CheckResult {
  // Ids come from the document: one this version does not know is still shown, under its own title.
  const cause = causedBy === undefined ? {} : { causedBy: causedBy as CheckId };
  const copied = findings.map((finding) => ({ id: finding.id, data: finding.data }));
  return { id: id as CheckId, ...description, findings: copied, ...outcome, ...cause };
}

function describeDocumentCheck(check: ReportDocumentCheck): CheckDescription {
  return { section: check.section, title: check.title, severity: check.severity, why: catalogueWhy(check.id) };
}

/** The document's checks by id, the first of each id winning; built once per document so reading it stays linear. */
function indexChecks(document: ReportDocument): ReadonlyMap<string, ReportDocumentCheck> {
  const byId = new Map<string, ReportDocumentCheck>();
  for (const check of document.checks) if (!byId.has(check.id)) byId.set(check.id, check);
  return byId;
}

/** A candidate's check carries only id, status and evidence: the rest is the report's own check's, or the catalogue's. */
function describeCandidateCheck(
  id: string,
  reportedChecks: ReadonlyMap<string, ReportDocumentCheck>,
): CheckDescription {
  const reported = reportedChecks.get(id);
  if (reported !== undefined) return describeDocumentCheck(reported);
  const entry = CATALOGUE_BY_ID.get(id);
  return entry === undefined
    ? { section: 'credentials', title: id, severity: 'info', why: '' }
    : { section: entry.section, title: entry.title, severity: entry.severity, why: entry.why };
}

function fromDocumentCandidate(
  candidate: ReportDocumentCandidate,
  reportedChecks: ReadonlyMap<string, ReportDocumentCheck>,
): CredentialCandidate {
  return {
    ...copyCandidateIdentity(candidate),
    checks: candidate.checks.map((check) =>
      toCheckResult(
        check.id,
        describeCandidateCheck(check.id, reportedChecks),
        toOutcome({ ...check, title: describeCandidateCheck(check.id, reportedChecks).title }, check.evidence, null),
        [],
      ),
    ),
  };
}

/** A report document read back as the report the HTML and CSV renderers take. */
export function fromReportDocument(document: ReportDocument): ReadinessReport {
  const reportedChecks = indexChecks(document);
  const documentChecks = document.checks.map((check) =>
    toCheckResult(
      check.id,
      describeDocumentCheck(check),
      toOutcome(check, check.evidence, check.fix, check.summary),
      check.findings ?? [],
      check.causedBy,
    ),
  );
  // A document of an earlier version has no plan (nor causes): both are worked out from its checks.
  const checks = document.fixPlan === undefined ? withCauses(documentChecks) : documentChecks;
  const fixPlan: readonly FixPlanStep[] =
    document.fixPlan === undefined
      ? planFixes(checks)
      : document.fixPlan.map((step) => ({
          ...copyFixStep(step),
          resolves: step.resolves as CheckId[],
          owner: stepOwner(step, reportedChecks),
        }));
  return {
    generatedAt: document.generatedAt,
    account: { ...document.account },
    // A document written before the score fields were kept has none.
    inputs: {
      integrationName: document.inputs.integrationName,
      roleId: document.inputs.roleId,
      userId: document.inputs.userId,
      scoreFieldIds: [...(document.inputs.scoreFieldIds ?? [])],
    },
    inputProblems: document.inputProblems.map((problem) => ({ ...problem })),
    verdict: document.verdict,
    fixPlan,
    checks,
    candidates: document.candidates.map((candidate) => fromDocumentCandidate(candidate, reportedChecks)),
    candidatesOmitted: document.candidatesOmitted,
    usage: { ...document.usage },
    probes: (document.probes ?? []).map(copyProbe),
  };
}

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
