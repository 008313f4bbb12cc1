/**
 * Adds the watch's box to the Suitelet's form: reads the last runs (one search page, 10 units)
 * and never lets a failure there break the audit page.
 */
import * as serverWidget from 'N/ui/serverWidget';
import { summariseWatch } from '../../core/watch/watchStatus';
import type { WatchRun } from '../../core/watch/watchRun';
import { renderWatchStatusHtml } from '../../render/watchStatusHtml';
import { describeThrown } from '../probes';
import { readStoredRuns } from './historyReader';

/** Enough runs for a week of days even when the watch ran several times a day. */
const RUNS_READ = 50;

export const WATCH_FIELD_ID = 'custpage_watch';

export function addWatchStatusField(form: serverWidget.Form, now: Date): void {
  let html: string;
  try {
    const stored = readStoredRuns(RUNS_READ);
    const runs = stored.map((entry) => entry.run).filter((run): run is WatchRun => run !== null);
    html = renderWatchStatusHtml(summariseWatch(runs, now), stored[0]?.email.problem ?? null);
  } catch (thrown) {
    html = renderWatchStatusHtml({ unreadable: describeThrown(thrown).message });
  }
  const field = form.addField({ id: WATCH_FIELD_ID, label: 'Watch', type: serverWidget.FieldType.INLINEHTML });
  field.updateLayoutType({ layoutType: serverWidget.FieldLayoutType.OUTSIDEBELOW });
  field.updateBreakType({ breakType: serverWidget.FieldBreakType.STARTROW });
  field.defaultValue = html;
}
