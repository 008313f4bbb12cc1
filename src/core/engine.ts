/**
 * The readiness engine: from a snapshot of account facts and the audit's inputs to the report.
 * Pure: it reads nothing but its arguments, so every rule is specified by plain fixtures.
 */
import { accountIdentity } from './accountIdentity';
import { CHECK_CATALOGUE, type CheckId } from './catalogue';
import type { AuditInputs, InputProblem } from './inputs';
import { planFixes, withCauses } from './fixPlan';
import { gatherIntegrationEvidence } from './integrationEvidence';
import { withoutFutureLogins } from './loginWindow';
import type { ReadinessReport } from './report';
import { evaluateAccountChecks } from './rules/account';
import { evaluateCredentials } from './rules/credentials';
import { evaluateDataChecks } from './rules/data';
import { evaluateFeatureChecks } from './rules/features';
import { evaluateIntegrationChecks } from './rules/integration';
import { evaluateLoginChecks } from './rules/logins';
import { evaluatePlatformChecks } from './rules/platform';
import { toCheckResult, type RuleOutcome } from './rules/outcomes';
import type { AccountSnapshot } from './snapshot';
import { decideVerdict } from './verdict';

/**
 * Evaluates every check of the catalogue against the snapshot.
 * @param inputProblems problems already found while parsing the request; the engine adds those
 *   it finds itself (a role or user id the account does not have).
 */
export function evaluateReadiness(
  snapshot: AccountSnapshot,
  inputs: AuditInputs,
  inputProblems: readonly InputProblem[] = [],
): ReadinessReport {
  const facts = withoutFutureLogins(snapshot);
  const evidence = gatherIntegrationEvidence(facts, inputs.integrationName);
  const credentials = evaluateCredentials(facts, inputs, evidence);
  // Typed as a full record: a catalogue check without a rule is a compile error.
  const outcomes: Record<CheckId, RuleOutcome> = {
    ...evaluateFeatureChecks(snapshot.features),
    ...evaluateIntegrationChecks(evidence, snapshot),
    ...credentials.best,
    ...evaluateDataChecks(snapshot.data),
    ...evaluateLoginChecks(evidence, snapshot),
    ...evaluateAccountChecks(snapshot),
    ...evaluatePlatformChecks(snapshot, evidence),
  };
  const checks = withCauses(CHECK_CATALOGUE.map((definition) => toCheckResult(definition.id, outcomes[definition.id])));
  return {
    generatedAt: snapshot.collectedAt,
    account: accountIdentity(snapshot.account),
    // Without a role or user the account does not have: the defaults were audited instead.
    inputs: credentials.inputs,
    inputProblems: [...inputProblems, ...credentials.inputProblems],
    verdict: decideVerdict(checks),
    fixPlan: planFixes(checks),
    checks,
    candidates: credentials.candidates,
    candidatesOmitted: credentials.candidatesOmitted,
    usage: snapshot.usage,
    probes: snapshot.probes,
  };
}
