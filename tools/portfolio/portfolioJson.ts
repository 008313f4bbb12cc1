/**
 * The portfolio as JSON, for consultants' own tooling: `clients` (each with `accountId`, `name`,
 * `runs`, `changes`, `release`, `nextMilestone`, and, added, the open problems with who fixes
 * them) and `skipped` (the files that were not read, and why).
 */
import { terminalSafeJson } from '../../src/render/escape';
import type { Portfolio } from './portfolioFolder';

export function portfolioDocument(portfolio: Portfolio): unknown {
  return {
    generatedAt: portfolio.generatedAt,
    days: portfolio.days,
    windowStart: portfolio.windowStart,
    clients: portfolio.clients.map((client) => ({
      accountId: client.accountId,
      name: client.name,
      runs: client.runs.map((run) => ({
        at: run.at,
        verdict: run.verdict,
        ...(run.failure === undefined ? {} : { failure: run.failure }),
      })),
      changes: client.changes.map((change) => ({
        at: change.at,
        checkId: change.checkId,
        title: change.title,
        from: change.from,
        to: change.to,
        kind: change.kind,
        ...(change.cause === undefined ? {} : { cause: change.cause }),
      })),
      release: client.release,
      nextMilestone: client.nextMilestone,
      verdict: client.verdict,
      latestAt: client.latestAt,
      previous: client.previous,
      worse: client.worse,
      openProblems: client.openProblems,
    })),
    skipped: portfolio.skipped,
  };
}

export function renderPortfolioJson(portfolio: Portfolio): string {
  return `${terminalSafeJson(JSON.stringify(portfolioDocument(portfolio), null, 2))}\n`;
}
