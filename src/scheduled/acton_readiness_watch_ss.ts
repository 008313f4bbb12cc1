/**
 * @NApiVersion 2.1
 * @NScriptType ScheduledScript
 * @NModuleScope SameAccount
 */

import * as log from 'N/log';
import type { EntryPoints } from 'N/types';
import { evaluateReadiness } from '../core/engine';
import { parseRequestParameters } from '../core/inputs';
import { employeeIdsToCheck, planWatchEmail, type EmailOutcome } from '../core/watch/emailPlan';
import { decideWatchRun } from '../core/watch/watchAlert';
import { runsToPrune } from '../core/watch/watchPolicy';
import { toReportDocument } from '../render/json';
import { renderWatchEmail } from '../render/watchEmail';
import { collectSnapshot } from '../netsuite/collector';
import { logUnexpectedFailure } from '../netsuite/failureLog';
import { readRemainingUsage } from '../netsuite/runtimeFacts';
import { suiteletUrl } from '../netsuite/suiteletUrls';
import { sendWatchEmail } from '../netsuite/watch/alertSender';
import { deleteRuns, saveRun } from '../netsuite/watch/historyWriter';
import { readStoredRuns } from '../netsuite/watchReads/historyReader';
import { readEmailEmployees } from '../netsuite/watchReads/emailEmployees';
import { readWatchParameters, type WatchParameters } from '../netsuite/watchReads/watchParameters';
import type { WatchDecision } from '../core/watch/watchAlert';
import type { ReadinessReport } from '../core/report';
import type { AuditInputs } from '../core/inputs';

/**
 * Emails the run's change when readiness got worse, from the Email sender parameter (a scheduled
 * script runs as the System user, which NetSuite does not let author an email). Recipients are
 * checked first: bad ones are left out and logged, the others get the email. Never throws.
 */
function emailChange(
  parameters: WatchParameters,
  decision: WatchDecision,
  report: ReadinessReport,
  inputs: AuditInputs,
): EmailOutcome {
  if (!decision.notify) return { sent: false, problem: null };
  const employees = readEmailEmployees(employeeIdsToCheck(parameters.senderId, parameters.recipients));
  const plan = planWatchEmail(parameters.senderId, parameters.recipients, employees);
  if (plan.leftOut.length > 0) log.error({ title: 'Watch recipients left out', details: plan.leftOut.join('; ') });
  if (plan.author === null || plan.problem !== null) {
    log.error({ title: 'Watch email not sent', details: plan.problem ?? 'No sender.' });
    return { sent: false, problem: plan.problem ?? 'No sender.' };
  }
  const refused = sendWatchEmail(
    plan.author,
    plan.recipients,
    renderWatchEmail(decision, report, suiteletUrl(inputs, 'html')),
  );
  if (refused !== null) log.error({ title: 'Watch email not sent', details: refused });
  return { sent: refused === null, problem: refused };
}

/**
 * The Act-On readiness watch: audits the account as the Suitelet does, emails the recipients
 * when readiness got worse since the previous run (or the first run is not ready), keeps the run
 * in its own history record with whether it emailed and why not, and prunes the history to its
 * bound. Its history records and its email are the bundle's only writes.
 */
export const execute: EntryPoints.Scheduled.execute = () => {
  try {
    const unitsAtStart = readRemainingUsage();
    const parameters = readWatchParameters();
    const parsed = parseRequestParameters({
      integration: parameters.integration ?? undefined,
      scorefields: parameters.scoreFields ?? undefined,
    });
    const report = evaluateReadiness(collectSnapshot(parsed.inputs, new Date()), parsed.inputs, parsed.problems);
    const stored = readStoredRuns();
    // The newest run whose news was delivered (or needed none): a change that could not be
    // emailed is compared again, and told, once the email can go out.
    const previous = stored.find((entry) => entry.run !== null && entry.email.problem === null)?.run ?? null;
    const decision = decideWatchRun(previous, report);
    // The run is kept whatever became of the email, with that outcome: a refused email never
    // loses the run, and the next run compares with this one.
    const email = emailChange(parameters, decision, report, parsed.inputs);
    saveRun(decision.run, toReportDocument(report), email);
    const pruned = deleteRuns(runsToPrune(stored).map((entry) => entry.id));
    const unitsAtEnd = readRemainingUsage();
    const used = unitsAtStart !== null && unitsAtEnd !== null ? unitsAtStart - unitsAtEnd : null;
    const emailWords = email.sent
      ? 'emailed'
      : decision.notify
        ? `got worse, not emailed: ${email.problem ?? ''}`
        : 'nothing got worse';
    log.audit({
      title: 'Act-On readiness watch',
      details: `Verdict ${decision.run.verdict}; ${emailWords}; pruned ${pruned}; units ${used ?? 'unknown'}.`,
    });
  } catch (thrown) {
    logUnexpectedFailure('Act-On readiness watch failed', thrown);
    throw thrown;
  }
};
