/**
 * The portfolio's sentences, shared by the page and the text: each change, each verdict, each
 * milestone in words. Plain text here; each renderer escapes for its medium.
 */
import { fixOwnerLabel } from '../../src/core/fixOwners';
import type { Verdict } from '../../src/core/report';
import { timeInWords } from '../../src/core/timeWords';
import { STATUS_PRESENTATION, VERDICT_PRESENTATION } from '../../src/render/statusPresentation';
import type { ClientPortfolio, NextMilestone, PortfolioChange } from './clientHistory';

function statusWords(status: string): string {
  return (STATUS_PRESENTATION as Readonly<Record<string, { readonly label: string }>>)[status]?.label ?? status;
}

export function verdictWords(verdict: Verdict): string {
  return VERDICT_PRESENTATION[verdict].label;
}

/** One change as a sentence. */
export function changeSentence(change: PortfolioChange): string {
  const check = `${change.title} (${change.checkId})`;
  switch (change.kind) {
    case 'failed':
      return `Newly failing: ${check}; was ${statusWords(change.from)}.`;
    case 'warned':
      return `New warning: ${check}; was ${statusWords(change.from)}.`;
    case 'recovered':
      return `Recovered: ${check}; was ${statusWords(change.from)}.`;
    case 'unread':
      return `Could not be read any more: ${check}; was ${statusWords(change.from)}.`;
    case 'changed':
      return `${check}: ${statusWords(change.from)} to ${statusWords(change.to)}.`;
    case 'token-appeared':
      return `${change.title} appeared.`;
    case 'token-gone':
      return `${change.title} is no longer listed: revoked, made inactive or deleted.`;
    case 'login-failure':
      return `New Login Audit failure: ${change.title}.${change.cause === undefined ? '' : ` ${change.cause}`}`;
    case 'not-reached':
      return `The audit could not reach the account (${change.to}).${change.cause === undefined ? '' : ` ${change.cause}`}`;
    case 'reached':
      return 'The audit reached the account again.';
  }
}

/** The changes of the latest run. */
export function latestChanges(client: ClientPortfolio): readonly PortfolioChange[] {
  return client.changes.filter((change) => change.at === client.latestAt);
}

/** "Got worse since 3 Dec 2026, 06:00 UTC (Ready)", "Same as ...", or "First run". */
export function trendSentence(client: ClientPortfolio): string {
  if (client.previous === null) return 'First run in the history.';
  const since = `${timeInWords(client.previous.at)} (${verdictWords(client.previous.verdict)})`;
  return client.worse ? `Got worse since the run of ${since}.` : `Not worse than the run of ${since}.`;
}

export function milestoneSentence(client: ClientPortfolio): string {
  if (client.release === null) return 'NetSuite release not known: no run reached the account.';
  const next: NextMilestone | null = client.nextMilestone;
  if (next === null) return `NetSuite ${client.release}. No later platform milestone is known.`;
  const tentative = (sure: string): string => (sure === 'tentative' ? ' (tentative)' : '');
  const also = next.also.map((other) => ` ${other.what}${tentative(other.sure)}`).join('');
  return `NetSuite ${client.release}. Next milestone, ${next.release}: ${next.what}${tentative(next.sure)}${also}`;
}

export function ownerWords(owner: string): string {
  return fixOwnerLabel(owner);
}

/** "10 runs: 8 Ready, 2 Not ready". */
export function runsSentence(client: ClientPortfolio, days: number): string {
  if (client.runs.length === 0)
    return `No run in the last ${days} days; the latest was ${timeInWords(client.latestAt)}.`;
  const counts = new Map<Verdict, number>();
  for (const run of client.runs) counts.set(run.verdict, (counts.get(run.verdict) ?? 0) + 1);
  const parts = [...counts].map(([verdict, count]) => `${count} ${verdictWords(verdict)}`);
  const runs = client.runs.length === 1 ? '1 run' : `${client.runs.length} runs`;
  return `${runs} in the last ${days} days: ${parts.join(', ')}.`;
}
