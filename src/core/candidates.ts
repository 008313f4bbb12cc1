/**
 * Who Act-On's token could run as. Every active token of the integration is a candidate; when
 * none fits the request, the request itself is one (Administrator and the person running the
 * audit unless a role or user is named). Candidates are ranked best first and bounded.
 */
import type { CREDENTIAL_CHECK_IDS } from './catalogue';
import type { AuditInputs } from './inputs';
import type { CredentialCandidate } from './report';
import type { RuleOutcome } from './rules/outcomes';
import {
  ADMINISTRATOR_ROLE_ID,
  type AccessTokenFact,
  type AccountSnapshot,
  type BoundedList,
  type Probe,
} from './snapshot';

/** At most this many candidates are reported; the rest are counted. */
export const MAX_REPORTED_CANDIDATES = 25;

export type CredentialCheckId = (typeof CREDENTIAL_CHECK_IDS)[number];

/** A (user, role) pair before its checks run. */
export interface CandidateIdentity {
  readonly source: 'token' | 'request';
  /** The token the candidate comes from; null for the request's candidate. */
  readonly token: AccessTokenFact | null;
  readonly userId: number | null;
  readonly userName: string | null;
  readonly roleId: number;
  readonly roleName: string | null;
}

/** A candidate with its checks run. */
export interface EvaluatedCandidate {
  readonly identity: CandidateIdentity;
  readonly outcomes: Readonly<Record<CredentialCheckId, RuleOutcome>>;
  readonly candidate: CredentialCandidate;
}

/** A token Act-On could still use: neither inactive nor revoked. */
export function isUsableToken(token: AccessTokenFact): boolean {
  return !token.inactive && !token.revoked;
}

function fitsRequest(token: AccessTokenFact, inputs: AuditInputs): boolean {
  return (
    (inputs.roleId === null || token.roleId === inputs.roleId) &&
    (inputs.userId === null || token.userId === inputs.userId)
  );
}

function roleNameOf(roleId: number, snapshot: AccountSnapshot): string | null {
  const role = snapshot.roles.ok ? snapshot.roles.value.find((candidate) => candidate.id === roleId) : undefined;
  return role?.name ?? (roleId === ADMINISTRATOR_ROLE_ID ? 'Administrator' : null);
}

function userNameOf(userId: number, snapshot: AccountSnapshot): string | null {
  const employee = snapshot.employees.ok
    ? snapshot.employees.value.find((candidate) => candidate.id === userId)
    : undefined;
  return employee?.name ?? (userId === snapshot.currentUser.id ? snapshot.currentUser.name : null);
}

/** The request's candidate: the named role (else Administrator, as Act-On recommends) and user (else the person auditing). */
export function requestCandidate(inputs: AuditInputs, snapshot: AccountSnapshot): CandidateIdentity {
  const roleId = inputs.roleId ?? ADMINISTRATOR_ROLE_ID;
  // A scheduled run's user is NetSuite's System user (id -4), no employee: no user is known then.
  const userId = inputs.userId ?? (snapshot.currentUser.id > 0 ? snapshot.currentUser.id : null);
  return {
    source: 'request',
    token: null,
    userId,
    userName: userId === null ? null : userNameOf(userId, snapshot),
    roleId,
    roleName: roleNameOf(roleId, snapshot),
  };
}

/**
 * The candidates for the integration's tokens (already matched by name), or the request's
 * candidate. From a token list cut at its bound, usable tokens beyond it are not candidates;
 * the token.active check says when that may have hidden one that fits the request.
 */
export function identifyCandidates(
  tokens: Probe<BoundedList<AccessTokenFact>>,
  inputs: AuditInputs,
  snapshot: AccountSnapshot,
): readonly CandidateIdentity[] {
  const usable = tokens.ok
    ? tokens.value.rows.filter((token) => isUsableToken(token) && fitsRequest(token, inputs))
    : [];
  if (usable.length === 0) return [requestCandidate(inputs, snapshot)];
  return usable.map((token) => ({
    source: 'token',
    token,
    userId: token.userId,
    userName: token.userName,
    roleId: token.roleId,
    roleName: token.roleName,
  }));
}

function unknownCount(candidate: EvaluatedCandidate): number {
  return candidate.candidate.checks.filter((check) => check.status === 'unknown').length;
}

/** A token's creation time for ranking; candidates without a (dated) token rank after dated ones. */
function createdTime(candidate: EvaluatedCandidate): number {
  // Stryker disable next-line StringLiteral: any text that is no date parses to NaN
  const time = Date.parse(candidate.identity.token?.createdAt ?? '');
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Best first: fewest failed blockers, then fewest unknowns, then the newest token (then the highest token id). */
export function compareCandidates(first: EvaluatedCandidate, second: EvaluatedCandidate): number {
  return (
    first.candidate.blockersFailed - second.candidate.blockersFailed ||
    unknownCount(first) - unknownCount(second) ||
    Math.sign(createdTime(second) - createdTime(first)) ||
    (second.identity.token?.id ?? 0) - (first.identity.token?.id ?? 0)
  );
}

/** The candidates best first, and how many fall beyond {@link MAX_REPORTED_CANDIDATES}. */
export function rankCandidates(candidates: readonly EvaluatedCandidate[]): {
  readonly ranked: readonly EvaluatedCandidate[];
  readonly reported: readonly EvaluatedCandidate[];
  readonly omitted: number;
} {
  const ranked = [...candidates].sort(compareCandidates);
  return {
    ranked,
    reported: ranked.slice(0, MAX_REPORTED_CANDIDATES),
    omitted: Math.max(0, ranked.length - MAX_REPORTED_CANDIDATES),
  };
}
