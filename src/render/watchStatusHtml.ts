/**
 * The watch's box on the Suitelet: whether watching is on, the last runs (one verdict per day)
 * and where to schedule it. Every value is escaped; the state is said in words, not colour.
 */
import type { WatchStatus } from '../core/watch/watchStatus';
import { escapeHtml } from './escape';
import { VERDICT_PRESENTATION } from './statusPresentation';
import { timeInWords } from '../core/timeWords';

/** Where an administrator schedules the watch (relative to the account's UI host). */
export const SCRIPT_DEPLOYMENTS_PAGE = '/app/common/scripting/scriptrecordlist.nl';
export const SCHEDULE_NAVIGATION =
  'Customization > Scripting > Script Deployments > Act-On Readiness Watch > Edit > Schedule';

const STATE_SENTENCES: Readonly<Record<WatchStatus['state'], string>> = {
  on: 'Watching is on: the watch audits this account on its schedule and emails when readiness gets worse.',
  stale:
    'Watching looks off: the watch has not run in the last two days (its deployment is not scheduled, or its ' +
    'schedule ended).',
  never:
    'Watching is off: the watch has never run. Schedule it (daily is suggested) to be emailed the day readiness ' +
    'gets worse.',
};

function scheduleHint(): string {
  return (
    `<p>Schedule it at <a href="${escapeHtml(SCRIPT_DEPLOYMENTS_PAGE)}">${escapeHtml(SCHEDULE_NAVIGATION)}</a>; ` +
    `recipients are the deployment's Email recipients parameter (default: the deployment's owner).</p>`
  );
}

/** The box's HTML, or a short note when the watch's history could not be read. */
export function renderWatchStatusHtml(status: WatchStatus | { readonly unreadable: string }): string {
  if ('unreadable' in status) {
    return (
      `<div class="acton-watch"><h2>Watch</h2><p>The watch's history could not be read: ` +
      `${escapeHtml(status.unreadable)}</p>${scheduleHint()}</div>`
    );
  }
  const last = status.lastRunAt === null ? '' : `<p>Last run: ${escapeHtml(timeInWords(status.lastRunAt))}.</p>`;
  const days =
    status.days.length === 0
      ? ''
      : `<table class="acton-watch-history"><thead><tr><th>Day</th><th>Verdict</th></tr></thead><tbody>${status.days
          .map(
            (entry) =>
              `<tr><td>${escapeHtml(entry.day)}</td><td>` +
              `${escapeHtml(VERDICT_PRESENTATION[entry.verdict].label)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  return (
    `<div class="acton-watch"><h2>Watch</h2><p>${escapeHtml(STATE_SENTENCES[status.state])}</p>` +
    `${last}${days}${status.state === 'on' ? '' : scheduleHint()}</div>`
  );
}
