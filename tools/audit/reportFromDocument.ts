/**
 * A report document read back (from a RESTlet answer or a Suitelet export) as the in-memory
 * report the renderers take. The document carries everything but each check's "why", which is
 * taken from this tool's catalogue; a check id this tool does not know keeps an empty one.
 */
import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import type { CheckId, CheckSection, Severity } from '../../src/core/catalogue';
import type { CheckOutcome, CheckResult, CredentialCandidate, Fix, ReadinessReport } from '../../src/core/report';
import type { ReportDocument, ReportDocumentCheck, ReportDocumentFix } from '../../src/render/reportDocument';

/** A fix for a non-passing check that came without one (not expected from this tool's own RESTlet). */
const NO_FIX: Fix = { steps: [], navigation: '', links: [] };

interface CheckDescription {
  readonly section: CheckSection;
  readonly title: string;
  readonly severity: Severity;
  readonly why: string;
}

function catalogueEntry(id: string): (typeof CHECK_CATALOGUE)[number] | undefined {
  return CHECK_CATALOGUE.find((entry) => entry.id === id);
}

function toFix(fix: ReportDocumentFix): Fix {
  return { steps: [...fix.steps], navigation: fix.navigation, links: fix.links.map((link) => ({ label: link.label, href: link.href })) };
}

function toOutcome(status: ReportDocumentCheck['status'], evidence: readonly string[], fix: ReportDocumentFix | null): CheckOutcome {
  switch (status) {
    case 'pass':
      return { status, evidence: [...evidence] };
    case 'info':
      return fix === null ? { status, evidence: [...evidence] } : { status, evidence: [...evidence], fix: toFix(fix) };
    default:
      return { status, evidence: [...evidence], fix: fix === null ? NO_FIX : toFix(fix) };
  }
}

function toCheckResult(id: string, description: CheckDescription, outcome: CheckOutcome): CheckResult {
  // Ids come from the document: one this tool does not know is still shown, under its own name.
  return { id: id as CheckId, ...description, ...outcome };
}

function describeDocumentCheck(check: ReportDocumentCheck): CheckDescription {
  return { section: check.section, title: check.title, severity: check.severity, why: catalogueEntry(check.id)?.why ?? '' };
}

/** A candidate's check: only id, status and evidence travel; the rest comes from the catalogue (or the report's own check). */
function describeCandidateCheck(id: string, document: ReportDocument): CheckDescription {
  const reported = document.checks.find((check) => check.id === id);
  if (reported !== undefined) return describeDocumentCheck(reported);
  const entry = catalogueEntry(id);
  return entry === undefined
    ? { section: 'credentials', title: id, severity: 'info', why: '' }
    : { section: entry.section, title: entry.title, severity: entry.severity, why: entry.why };
}

function toCandidate(candidate: ReportDocument['candidates'][number], document: ReportDocument): CredentialCandidate {
  return {
    source: candidate.source,
    tokenId: candidate.tokenId,
    tokenName: candidate.tokenName,
    userId: candidate.userId,
    userName: candidate.userName,
    roleId: candidate.roleId,
    roleName: candidate.roleName,
    blockersFailed: candidate.blockersFailed,
    checks: candidate.checks.map((check) => toCheckResult(check.id, describeCandidateCheck(check.id, document), toOutcome(check.status, check.evidence, null))),
  };
}

/** The document as a report, for the HTML, CSV and text renderers. */
export function reportFromDocument(document: ReportDocument): ReadinessReport {
  return {
    generatedAt: document.generatedAt,
    account: { ...document.account },
    inputs: { ...document.inputs },
    inputProblems: document.inputProblems.map((problem) => ({ ...problem })),
    verdict: document.verdict,
    checks: document.checks.map((check) => toCheckResult(check.id, describeDocumentCheck(check), toOutcome(check.status, check.evidence, check.fix))),
    candidates: document.candidates.map((candidate) => toCandidate(candidate, document)),
    candidatesOmitted: document.candidatesOmitted,
    usage: { ...document.usage },
  };
}
