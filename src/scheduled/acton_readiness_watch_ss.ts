/**
 * @NApiVersion 2.1
 * @NScriptType ScheduledScript
 * @NModuleScope SameAccount
 */

import * as log from 'N/log';
import type { EntryPoints } from 'N/types';
import { evaluateReadiness } from '../core/engine';
import { parseRequestParameters } from '../core/inputs';
import { parseRecipients } from '../core/watch/recipients';
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
import { readWatchParameters } from '../netsuite/watchReads/watchParameters';

/**
 * The Act-On readiness watch: audits the account as the Suitelet does, keeps the run in its own
 * history record, emails the recipients when readiness got worse since the previous run (or the
 * first run is not ready), and prunes the history to its bound. Its history records and its
 * email are the bundle's only writes.
 */
export const execute: EntryPoints.Scheduled.execute = () => {
  try {
    const unitsAtStart = readRemainingUsage();
    const parameters = readWatchParameters();
    const parsed = parseRequestParameters({ integration: parameters.integration ?? undefined });
    const report = evaluateReadiness(collectSnapshot(parsed.inputs, new Date()), parsed.inputs, parsed.problems);
    const stored = readStoredRuns();
    const previous = stored.find((entry) => entry.run !== null)?.run ?? null;
    const decision = decideWatchRun(previous, report);
    // The email goes out before the run is kept: if sending fails, the next run still compares
    // with the same previous run and tries again, rather than keeping a change nobody was told of.
    let emailed = false;
    if (decision.notify) {
      const { recipients, rejected } = parseRecipients(parameters.recipients, parameters.ownerId);
      if (rejected.length > 0) log.error({ title: 'Watch recipients not used', details: rejected.join(', ') });
      const message = renderWatchEmail(decision, report, suiteletUrl(parsed.inputs, 'html'));
      if (recipients.length > 0) {
        sendWatchEmail(parameters.ownerId, recipients, message);
        emailed = true;
      } else
        log.error({
          title: 'Watch email not sent',
          details: 'No usable recipient: set the Email recipients parameter.',
        });
    }
    saveRun(decision.run, JSON.stringify(toReportDocument(report)));
    const pruned = deleteRuns(runsToPrune(stored).map((entry) => entry.id));
    const unitsAtEnd = readRemainingUsage();
    const used = unitsAtStart !== null && unitsAtEnd !== null ? unitsAtStart - unitsAtEnd : null;
    log.audit({
      title: 'Act-On readiness watch',
      details:
        `Verdict ${decision.run.verdict}; ${emailed ? 'emailed' : decision.notify ? 'got worse, not emailed' : 'nothing got worse'}; ` +
        `pruned ${pruned}; units ${used ?? 'unknown'}.`,
    });
  } catch (thrown) {
    logUnexpectedFailure('Act-On readiness watch failed', thrown);
    throw thrown;
  }
};
