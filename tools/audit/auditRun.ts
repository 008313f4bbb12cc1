/**
 * Audits many accounts with bounded concurrency. One account's failure never stops the others;
 * cancelling (Ctrl-C) stops starting new accounts, ends the calls in flight, and keeps every
 * finished result, the rest being reported as not run.
 */
import { getMaxListeners, setMaxListeners } from 'events';
import type { AccountAuditResult } from './accountAuditResult';
import { auditAccount } from './auditClient';
import type { AuditClientOptions } from './auditClient';
import { quoteRemote } from './answerClassification';
import { secretValues } from './auditTarget';
import type { AuditTarget } from './auditTarget';
import { createRedactor } from './redaction';
import { runBounded } from './boundedPool';
import { AccessTokenCache } from './tokenEndpoint';
import { remedyFor } from './failureRemedies';
import type { ProgressReporter } from './progressReporter';
import { createRequestAgents } from './requestAgents';
import { SILENT_PROGRESS } from './progressReporter';

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_TIMEOUT_SECONDS = 60;

export interface AuditRunOptions extends Omit<AuditClientOptions, 'agents' | 'signal'> {
  readonly concurrency: number;
  readonly progress?: ProgressReporter;
  readonly signal?: AbortSignal;
}

export interface AuditRun {
  /** When the run started: ISO-8601, UTC. */
  readonly startedAt: string;
  /** One result per target, in the targets' order. */
  readonly results: readonly AccountAuditResult[];
  /** True when the run was cancelled before every account finished. */
  readonly interrupted: boolean;
}

function notRun(target: AuditTarget): AccountAuditResult {
  return {
    outcome: 'error',
    account: { name: target.name, accountId: target.accountId, method: target.authentication.method },
    attempts: 0,
    failure: {
      kind: 'interrupted',
      message: 'Not run: interrupted.',
      remedy: remedyFor('interrupted', target.realm, target.restletUrl.host, target.authentication.method),
      httpStatus: null,
      code: null,
    },
  };
}

/** A throw while auditing one account, as that account's finding: the run and the other accounts go on. */
export function toolErrorResult(target: AuditTarget, thrown: unknown): AccountAuditResult {
  const redact = createRedactor(secretValues(target.authentication));
  const said = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    outcome: 'error',
    account: { name: target.name, accountId: target.accountId, method: target.authentication.method },
    attempts: 0,
    failure: {
      kind: 'tool-error',
      message: `This tool failed on this account (${quoteRemote(said, redact)}).`,
      remedy: remedyFor('tool-error', target.realm, target.restletUrl.host, target.authentication.method),
      httpStatus: null,
      code: null,
    },
  };
}

/** Audits every target and returns their results in order. */
export async function runAudit(targets: readonly AuditTarget[], options: AuditRunOptions): Promise<AuditRun> {
  const startedAt = new Date().toISOString();
  const progress = options.progress ?? SILENT_PROGRESS;
  // Keep-alive connections, at most one per worker per host: the pool already bounds the load.
  const agents = createRequestAgents(options.concurrency);
  // One token request per OAuth 2.0 client per run, however many calls it makes.
  const tokens = options.tokens ?? new AccessTokenCache();
  const { concurrency, signal } = options;
  // Each account in flight listens for the abort (its request, its wait): more than Node's default of ten is expected.
  if (signal !== undefined) setMaxListeners(Math.max(getMaxListeners(signal), 2 * concurrency + 10), signal);
  progress.start(targets.length);
  try {
    const finished = await runBounded(
      targets,
      concurrency,
      async (target) => {
        const result = await auditAccount(target, { ...options, agents, tokens });
        progress.accountDone(result);
        return result;
      },
      () => signal?.aborted === true,
      (thrown, target) => {
        const result = toolErrorResult(target, thrown);
        progress.accountDone(result);
        return result;
      },
    );
    const results = targets.map((target, index) => finished[index] ?? notRun(target));
    return { startedAt, results, interrupted: signal?.aborted === true };
  } finally {
    progress.stop();
    agents.destroy();
  }
}
