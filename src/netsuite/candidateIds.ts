/**
 * Which roles and users the collector reads: those of the (user, role) pairs Act-On's token
 * could run as. Pure; the engine judges the candidates, this only decides what to read.
 */
import type { AuditInputs } from '../core/inputs';
import { ADMINISTRATOR_ROLE_ID, type AccessTokenFact, type BoundedList, type Probe } from '../core/snapshot';

/** Most tokens whose user and role are read, so the statements stay bounded whatever the account's size. */
export const MAX_TOKEN_CANDIDATES = 25;

/** The ids to read with queries 5 and 6, without duplicates. */
export interface CandidateIds {
  readonly roleIds: readonly number[];
  readonly userIds: readonly number[];
}

/** The user running the audit, as far as candidate selection needs it (0 = unknown). */
export interface AuditingUser {
  readonly id: number;
  readonly roleId: number;
}

function isUsable(token: AccessTokenFact): boolean {
  return !token.inactive && !token.revoked;
}

/** Up to {@link MAX_TOKEN_CANDIDATES} tokens, usable ones first (stable, so NetSuite's newest-first order holds). */
export function candidateTokens(tokens: readonly AccessTokenFact[]): AccessTokenFact[] {
  const usable = tokens.filter(isUsable);
  const unusable = tokens.filter((token) => !isUsable(token));
  return [...usable, ...unusable].slice(0, MAX_TOKEN_CANDIDATES);
}

function distinctValidIds(ids: readonly (number | null)[]): number[] {
  return Array.from(new Set(ids.filter((id): id is number => Number.isSafeInteger(id) && Number(id) > 0)));
}

/** Whether a token is for the role and user the request names (one left out fits any). */
function fitsRequest(token: AccessTokenFact, inputs: AuditInputs): boolean {
  return (
    (inputs.roleId === null || token.roleId === inputs.roleId) &&
    (inputs.userId === null || token.userId === inputs.userId)
  );
}

/**
 * Roles: the tokens' roles, the requested role, Administrator. Users: the tokens' users and the
 * requested user. The auditing user (and their current role) joins when no usable token fits
 * the request: the audit then asks whether *they* could create the token (the engine's request
 * candidate), also when the requested role or user turns out not to exist and the defaults are
 * audited instead, so their record must be read too.
 */
export function selectCandidateIds(
  tokens: Probe<BoundedList<AccessTokenFact>>,
  inputs: AuditInputs,
  auditingUser: AuditingUser,
): CandidateIds {
  const chosenTokens = tokens.ok ? candidateTokens(tokens.value.rows) : [];
  const includeAuditingUser = !chosenTokens.some((token) => isUsable(token) && fitsRequest(token, inputs));
  return {
    roleIds: distinctValidIds([
      ...chosenTokens.map((token) => token.roleId),
      inputs.roleId,
      ADMINISTRATOR_ROLE_ID,
      includeAuditingUser ? auditingUser.roleId : null,
    ]),
    userIds: distinctValidIds([
      ...chosenTokens.map((token) => token.userId),
      inputs.userId,
      includeAuditingUser ? auditingUser.id : null,
    ]),
  };
}
