/**
 * The watch's box on the Suitelet: whether watching is on, the last runs (one verdict per day)
 * and where to schedule it. Every value is escaped; the state is said in words, not colour.
 */
import type { WatchStatus } from '../core/watch/watchStatus';
import { escapeHtml } from './escape';
import { VERDICT_PRESENTATION } from './statusPresentation';
import { timeInWords } from '../core/timeWords';
import { SENDER_PARAMETER, WATCH_PARAMETERS_NAVIGATION } from '../core/watch/emailPlan';

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
  return `<p>Schedule it at <a href="${escapeHtml(SCRIPT_DEPLOYMENTS_PAGE)}">${escapeHtml(SCHEDULE_NAVIGATION)}</a>.</p>`;
}

/** Who sends and receives: the sender must be set, since a scheduled script runs as the System user. */
function senderHint(): string {
  return (
    `<p>The email is sent from the watch's Email sender parameter (${escapeHtml(SENDER_PARAMETER)}), an active ` +
    `employee: the watch runs as NetSuite's System user, which cannot send email, so without a sender it keeps ` +
    `its runs but emails no one. Set it, and the Email recipients (default: the sender), at ` +
    `<a href="${escapeHtml(SCRIPT_DEPLOYMENTS_PAGE)}">${escapeHtml(WATCH_PARAMETERS_NAVIGATION)}</a>.</p>`
  );
}

function emailProblemNote(problem: string | null): string {
  return problem === null
    ? ''
    : `<p><strong>The last run got worse but sent no email:</strong> ${escapeHtml(problem)}</p>`;
}

/**
 * The box's HTML, or a short note when the watch's history could not be read. `emailProblem` is
 * why the newest run, which got worse, sent no email.
 */
export function renderWatchStatusHtml(
  status: WatchStatus | { readonly unreadable: string },
  emailProblem: string | null = null,
): string {
  if ('unreadable' in status) {
    return (
      `<div class="acton-watch"><h2>Watch</h2><p>The watch's history could not be read: ` +
      `${escapeHtml(status.unreadable)}</p>${scheduleHint()}${senderHint()}</div>`
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
    `${emailProblemNote(emailProblem)}${last}${days}${status.state === 'on' ? '' : scheduleHint()}${senderHint()}</div>`
  );
}
