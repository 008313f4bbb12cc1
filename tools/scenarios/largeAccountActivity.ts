/**
 * The large demo account's activity: 20,000 access tokens over the integrations (300 of them
 * ActOnTBA's, most revoked over the years) and 100,000 Login Audit Trail rows over the 90 days
 * before {@link LARGE_ACCOUNT_NOW}: people in the UI, other integrations' token logins, and
 * Act-On's sync every two hours, whose latest login succeeded.
 */
import type { ScenarioDocument } from '../emulator/scenario/scenarioSemantics';
import {
  ACT_ON_SET_UP,
  LARGE_ACCOUNT_SIZE,
  type LargeAccountDirectory,
  type TokenHolder,
} from './largeAccountDirectory';
import type { SeededRandom } from './seededRandom';

type TokenRecord = NonNullable<ScenarioDocument['tokens']>[number];
type LoginRecord = NonNullable<ScenarioDocument['loginAudit']>[number];

/** The instant the account's activity leads up to (the tests' and the bench's `--now`). */
export const LARGE_ACCOUNT_NOW = new Date('2026-11-27T12:00:00Z');

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const LOGIN_HISTORY_DAYS = 90;
const TOKEN_HISTORY_DAYS = 3 * 365;
/** Act-On's sync signs in every two hours. */
const ACT_ON_SYNC_INTERVAL_MS = 2 * HOUR_MS;
/** When the current Act-On token was created; older Act-On tokens were revoked when it replaced them. */
const ACT_ON_CURRENT_TOKEN_CREATED = Date.parse('2026-09-15T14:30:00Z');
/** Act-On's admin tokens still in use besides the sync user's. */
const ACT_ON_ACTIVE_ADMIN_TOKENS = 2;

const TOKEN_FAILURE_DETAILS = ['InvalidSignature', 'InvalidTimestamp', 'NonceUsed', 'InvalidToken'] as const;
/** Token logins refused before NetSuite knew the integration: only in the older part of the history. */
const UNATTRIBUTED_FAILURE_DETAILS = ['consumer_key_unknown', 'UnknownIntegration'] as const;
const UNATTRIBUTED_FAILURES = 25;

/** ISO-8601 to the second, in UTC. */
function isoSeconds(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/** A token before it gets its id (ids follow creation order, as NetSuite's do). */
type UnnumberedToken = Omit<TokenRecord, 'id' | 'name'> & { readonly createdMs: number; readonly baseName: string };

function tokenFor(
  integrationId: number,
  integrationName: string,
  holder: TokenHolder,
  createdMs: number,
  revoked: boolean,
): UnnumberedToken {
  return {
    baseName: integrationName,
    integration: integrationId,
    user: holder.userId,
    role: holder.roleId,
    inactive: revoked,
    revoked,
    created: isoSeconds(createdMs),
    createdMs,
  };
}

/** Act-On's 300 tokens: the sync user's current one, two admin tokens, and a history of revoked ones. */
function actOnTokens(random: SeededRandom, directory: LargeAccountDirectory): UnnumberedToken[] {
  const syncHolder: TokenHolder = { userId: ACT_ON_SET_UP.userId, roleId: ACT_ON_SET_UP.roleId };
  const tokens = [
    tokenFor(
      ACT_ON_SET_UP.integrationId,
      ACT_ON_SET_UP.integrationName,
      syncHolder,
      ACT_ON_CURRENT_TOKEN_CREATED,
      false,
    ),
  ];
  for (let index = 0; index < ACT_ON_ACTIVE_ADMIN_TOKENS; index += 1) {
    const createdMs = ACT_ON_CURRENT_TOKEN_CREATED - random.integer(1, 400) * DAY_MS;
    tokens.push(
      tokenFor(
        ACT_ON_SET_UP.integrationId,
        ACT_ON_SET_UP.integrationName,
        random.pick(directory.administratorHolders),
        createdMs,
        false,
      ),
    );
  }
  while (tokens.length < LARGE_ACCOUNT_SIZE.actOnTokens) {
    const holder = random.chance(0.7) ? syncHolder : random.pick(directory.administratorHolders);
    const createdMs = ACT_ON_CURRENT_TOKEN_CREATED - random.integer(1, TOKEN_HISTORY_DAYS) * DAY_MS;
    tokens.push(tokenFor(ACT_ON_SET_UP.integrationId, ACT_ON_SET_UP.integrationName, holder, createdMs, true));
  }
  return tokens;
}

/** Busier integrations hold more tokens and sign in more often (weight 1/rank). */
function integrationWeights(integrationIds: readonly number[]): number[] {
  return integrationIds.map((_, rank) => 1 / (rank + 1));
}

/** The other integrations' tokens, spread by weight over their sync users and the administrators. */
function otherTokens(random: SeededRandom, directory: LargeAccountDirectory, count: number): UnnumberedToken[] {
  const integrationIds = [...directory.holdersByIntegration.keys()];
  const weights = integrationWeights(integrationIds);
  const names = new Map(directory.integrations.map((integration) => [integration.id, integration.name]));
  const tokens: UnnumberedToken[] = [];
  while (tokens.length < count) {
    const integrationId = integrationIds[random.weightedIndex(weights)] ?? 1;
    const holders = directory.holdersByIntegration.get(integrationId) ?? [];
    const holder =
      holders.length > 0 && random.chance(0.8) ? random.pick(holders) : random.pick(directory.administratorHolders);
    const ageDays = random.integer(1, TOKEN_HISTORY_DAYS);
    // Older tokens are likelier to have been revoked.
    const revoked = random.chance(0.05 + 0.4 * (ageDays / TOKEN_HISTORY_DAYS));
    tokens.push(
      tokenFor(
        integrationId,
        names.get(integrationId) ?? `Integration ${integrationId}`,
        holder,
        LARGE_ACCOUNT_NOW.getTime() - ageDays * DAY_MS,
        revoked,
      ),
    );
  }
  return tokens;
}

/** Every token, numbered in creation order and named as NetSuite suggests ("application user role"). */
export function buildTokens(
  random: SeededRandom,
  directory: LargeAccountDirectory,
): (TokenRecord & { readonly createdMs: number })[] {
  const unnumbered = [
    ...actOnTokens(random, directory),
    ...otherTokens(random, directory, LARGE_ACCOUNT_SIZE.tokens - LARGE_ACCOUNT_SIZE.actOnTokens),
  ];
  const sorted = unnumbered
    .map((token, order) => ({ token, order }))
    .sort((first, second) => first.token.createdMs - second.token.createdMs || first.order - second.order);
  const userNames = new Map(directory.employees.map((employee) => [employee.id, employee.name]));
  const roleNames = new Map([[3, 'Administrator'], ...directory.roles.map((role) => [role.id, role.name] as const)]);
  return sorted.map(({ token }, index) => {
    const { baseName, ...record } = token;
    const name = `${baseName} ${userNames.get(token.user) ?? ''} ${roleNames.get(token.role) ?? ''}`
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300);
    return { id: index + 1, name, ...record };
  });
}

type NumberedToken = ReturnType<typeof buildTokens>[number];

/** Act-On's sync: every two hours over the history, a few transient failures, an older burst of bad signatures, the latest a success. */
function actOnLogins(random: SeededRandom, syncToken: NumberedToken): LoginRecord[] {
  const logins: LoginRecord[] = [];
  const last = LARGE_ACCOUNT_NOW.getTime() - HOUR_MS;
  const first = Math.max(syncToken.createdMs, LARGE_ACCOUNT_NOW.getTime() - LOGIN_HISTORY_DAYS * DAY_MS);
  // Six hours of wrong secrets about two months ago, fixed since.
  const badSignatureFrom = LARGE_ACCOUNT_NOW.getTime() - 60 * DAY_MS;
  for (let at = last; at >= first; at -= ACT_ON_SYNC_INTERVAL_MS) {
    const badSignature = at >= badSignatureFrom && at < badSignatureFrom + 6 * HOUR_MS;
    const transientFailure = at !== last && random.chance(0.015);
    const date = isoSeconds(at + random.integer(0, 59) * 1000);
    if (badSignature) logins.push({ date, status: 'Failure', token: syncToken.id, detail: 'InvalidSignature' });
    else if (transientFailure)
      logins.push({
        date,
        status: 'Failure',
        token: syncToken.id,
        detail: random.pick(['InvalidTimestamp', 'NonceUsed']),
      });
    else logins.push({ date, status: 'Success', token: syncToken.id });
  }
  return logins;
}

/** A random instant of the login history before `latestMs`, no earlier than `earliestMs`. */
function instantBetween(random: SeededRandom, earliestMs: number, latestMs: number): number {
  return earliestMs + Math.floor(random.next() * (latestMs - earliestMs));
}

function otherTokenLogins(random: SeededRandom, tokens: readonly NumberedToken[], count: number): LoginRecord[] {
  const usable = tokens.filter((token) => !token.revoked && token.integration !== ACT_ON_SET_UP.integrationId);
  const historyStart = LARGE_ACCOUNT_NOW.getTime() - LOGIN_HISTORY_DAYS * DAY_MS;
  const logins: LoginRecord[] = [];
  while (logins.length < count) {
    const token = random.pick(usable);
    const at = instantBetween(random, Math.max(historyStart, token.createdMs), LARGE_ACCOUNT_NOW.getTime() - HOUR_MS);
    if (random.chance(0.03))
      logins.push({
        date: isoSeconds(at),
        status: 'Failure',
        token: token.id,
        detail: random.pick(TOKEN_FAILURE_DETAILS),
      });
    else logins.push({ date: isoSeconds(at), status: 'Success', token: token.id });
  }
  return logins;
}

/** Refused token logins with no application recorded, all older than the audit's 30-day window. */
function unattributedFailures(random: SeededRandom): LoginRecord[] {
  return Array.from({ length: UNATTRIBUTED_FAILURES }, () => {
    const at = instantBetween(
      random,
      LARGE_ACCOUNT_NOW.getTime() - 85 * DAY_MS,
      LARGE_ACCOUNT_NOW.getTime() - 40 * DAY_MS,
    );
    return { date: isoSeconds(at), status: 'Failure' as const, detail: random.pick(UNATTRIBUTED_FAILURE_DETAILS) };
  });
}

/** People signing in to the UI with one of their roles; a few mistyped passwords. */
function interfaceLogins(random: SeededRandom, directory: LargeAccountDirectory, count: number): LoginRecord[] {
  const people = directory.employees.filter(
    (employee) => employee.giveaccess && employee.isinactive !== true && employee.roles.length > 0,
  );
  const historyStart = LARGE_ACCOUNT_NOW.getTime() - LOGIN_HISTORY_DAYS * DAY_MS;
  return Array.from({ length: count }, () => {
    const person = random.pick(people);
    const role = random.pick(person.roles);
    const date = isoSeconds(instantBetween(random, historyStart, LARGE_ACCOUNT_NOW.getTime()));
    return random.chance(0.04)
      ? { date, status: 'Failure' as const, user: person.id, role, detail: 'InvalidLoginAttempt' }
      : { date, status: 'Success' as const, user: person.id, role };
  });
}

/** The Login Audit Trail: exactly {@link LARGE_ACCOUNT_SIZE.logins} rows, oldest first. */
export function buildLoginAudit(
  random: SeededRandom,
  directory: LargeAccountDirectory,
  tokens: readonly NumberedToken[],
): LoginRecord[] {
  const syncToken = tokens.find(
    (token) =>
      token.integration === ACT_ON_SET_UP.integrationId && token.user === ACT_ON_SET_UP.userId && !token.revoked,
  );
  if (syncToken === undefined) throw new Error("The large account lost Act-On's sync token.");
  const actOn = actOnLogins(random, syncToken);
  const unattributed = unattributedFailures(random);
  const otherTokensCount = Math.round(LARGE_ACCOUNT_SIZE.logins * 0.38);
  const others = otherTokenLogins(random, tokens, otherTokensCount);
  const people = interfaceLogins(
    random,
    directory,
    LARGE_ACCOUNT_SIZE.logins - actOn.length - unattributed.length - others.length,
  );
  return [...actOn, ...unattributed, ...others, ...people].sort((first, second) =>
    first.date < second.date ? -1 : first.date > second.date ? 1 : 0,
  );
}
