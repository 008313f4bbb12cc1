/**
 * The collector: reads every fact the audit needs from the account into an {@link AccountSnapshot}.
 * It only reads (SuiteQL SELECTs and N/runtime getters), judges nothing, and never throws: each
 * fact it cannot read is a failed probe. A normal account costs 5 statements, 10 governance
 * units each; a OneWorld account with a token role other than Administrator one more (the
 * role's subsidiaries); fallbacks (the `integrationapp` table when `integration` is refused,
 * the application list when no record leads to the tokens) raise that to 8 at most
 * (`MAX_STATEMENTS`), the subsidiary statement giving way to them. The Act-On data facts add 6
 * statements and 2 new, unsaved records (70 units) whatever the account's size: 14 statements and
 * 150 units at most.
 */
import type { AuditInputs } from '../core/inputs';
import type { AccountSnapshot } from '../core/snapshot';
import {
  integrationNamesSeen,
  readEmployees,
  readIntegrationTokens,
  readIntegrations,
  readLoginAttempts,
  readRoleSubsidiaries,
  readRoles,
} from './accountTables';
import { selectCandidateIds } from './candidateIds';
import { DATA_NEW_RECORDS, readDataFacts } from './dataReads/dataFacts';
import { UNITS_PER_NEW_RECORD } from './dataReads/newRecords';
import { readRemainingUsage, readRuntimeFacts } from './runtimeFacts';
import { SuiteQLRunner } from './suiteql';

/** NetSuite's documented cost of one runSuiteQLPaged call, used only when the script cannot report its usage. */
const UNITS_PER_STATEMENT = 10;

/** ISO-8601 in UTC to the second, the form every date-time in the snapshot takes. */
function isoSeconds(instant: Date): string {
  return `${instant.toISOString().slice(0, 19)}Z`;
}

/** Units spent between two readings of the remaining usage; else the documented cost of what was run. */
function unitsSpent(before: number | null, after: number | null, statements: number): number {
  return before !== null && after !== null
    ? Math.max(0, before - after)
    : statements * UNITS_PER_STATEMENT + DATA_NEW_RECORDS * UNITS_PER_NEW_RECORD;
}

/**
 * Collects the snapshot for one audit request.
 * @param inputs the validated request (integration name, optional role and user ids, score fields)
 * @param now the audit's "now": the end of the 30-day login window and `collectedAt`
 */
export function collectSnapshot(inputs: AuditInputs, now: Date): AccountSnapshot {
  // An invalid Date would make every date computation throw; the clock is the only sane stand-in.
  const auditTime = Number.isNaN(now.getTime()) ? new Date() : now;
  const unitsBefore = readRemainingUsage();
  const runner = new SuiteQLRunner();

  const runtimeFacts = readRuntimeFacts();
  const integrations = readIntegrations(runner);
  const found = readIntegrationTokens(runner, integrations, inputs.integrationName);
  const { tokens, tokenApplications } = found;
  const loginAttempts = readLoginAttempts(
    runner,
    integrationNamesSeen(inputs.integrationName, integrations, found),
    auditTime,
  );
  const candidates = selectCandidateIds(tokens, inputs, runtimeFacts.currentUser);
  const roles = readRoles(runner, candidates.roleIds);
  const employees = readEmployees(runner, candidates.userIds);
  const roleSubsidiaries = readRoleSubsidiaries(runner, runtimeFacts.features.SUBSIDIARIES, candidates.roleIds);
  const data = readDataFacts(runner, inputs.scoreFieldIds);

  const unitsAfter = readRemainingUsage();
  return {
    collectedAt: isoSeconds(auditTime),
    account: runtimeFacts.account,
    currentUser: runtimeFacts.currentUser,
    features: runtimeFacts.features,
    integrations,
    tokenApplications,
    tokens,
    loginAttempts,
    roles,
    employees,
    roleSubsidiaries,
    data,
    usage: {
      queries: runner.statementCount,
      governanceUnits: unitsSpent(unitsBefore, unitsAfter, runner.statementCount),
    },
    probes: runner.probes,
  };
}
