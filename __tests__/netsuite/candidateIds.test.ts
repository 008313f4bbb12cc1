import type { AuditInputs } from '../../src/core/inputs';
import type { AccessTokenFact, BoundedList, Probe } from '../../src/core/snapshot';
import { candidateTokens, MAX_TOKEN_CANDIDATES, selectCandidateIds } from '../../src/netsuite/candidateIds';

const NO_REQUEST: AuditInputs = { integrationName: 'ActOnTBA', roleId: null, userId: null, scoreFieldIds: [] };
const ADA = { id: 7, roleId: 3 };

function token(id: number, userId: number, roleId: number, usable = true): AccessTokenFact {
  return {
    id,
    name: `T${id}`,
    applicationId: 12,
    applicationName: 'ActOnTBA',
    userId,
    userName: `U${userId}`,
    roleId,
    roleName: `R${roleId}`,
    inactive: false,
    revoked: !usable,
    createdAt: null,
  };
}

const found = (tokens: AccessTokenFact[]): Probe<BoundedList<AccessTokenFact>> => ({
  ok: true,
  value: { rows: tokens, complete: true },
});

describe('selectCandidateIds', () => {
  it("reads the tokens' users and roles plus Administrator, not the auditing user", () => {
    expect(selectCandidateIds(found([token(6, 21, 1001)]), NO_REQUEST, ADA)).toEqual({
      roleIds: [1001, 3],
      userIds: [21],
    });
  });

  it('adds the requested role and user without duplicates', () => {
    const inputs: AuditInputs = { integrationName: 'ActOnTBA', roleId: 1001, userId: 22, scoreFieldIds: [] };

    expect(selectCandidateIds(found([token(6, 21, 1001), token(7, 22, 1001)]), inputs, ADA)).toEqual({
      roleIds: [1001, 3],
      userIds: [21, 22],
    });
  });

  it('reads the auditing user when no token is for the requested user: if that user does not exist, they are audited', () => {
    const inputs: AuditInputs = { integrationName: 'ActOnTBA', roleId: null, userId: 99999, scoreFieldIds: [] };

    expect(selectCandidateIds(found([token(6, 21, 1001)]), inputs, ADA)).toEqual({
      roleIds: [1001, 3],
      userIds: [21, 99999, 7],
    });
  });

  it('reads the auditing user and their role when no token matched and no user was asked for', () => {
    expect(selectCandidateIds(found([]), NO_REQUEST, { id: 9, roleId: 1005 })).toEqual({
      roleIds: [3, 1005],
      userIds: [9],
    });
  });

  it('treats unreadable tokens as no token matched', () => {
    expect(selectCandidateIds({ ok: false, reason: 'denied' }, NO_REQUEST, ADA)).toEqual({
      roleIds: [3],
      userIds: [7],
    });
  });

  it('leaves out an auditing user NetSuite could not name (id 0)', () => {
    expect(selectCandidateIds(found([]), NO_REQUEST, { id: 0, roleId: 0 })).toEqual({ roleIds: [3], userIds: [] });
  });

  it(`takes at most ${MAX_TOKEN_CANDIDATES} tokens, usable ones before revoked ones`, () => {
    const revoked = Array.from({ length: 5 }, (_, index) => token(index + 1, 100 + index, 200 + index, false));
    const usable = Array.from({ length: 30 }, (_, index) => token(index + 10, 300 + index, 400 + index));

    const candidates = selectCandidateIds(found([...revoked, ...usable]), NO_REQUEST, ADA);

    expect(candidates.userIds).toEqual(usable.slice(0, MAX_TOKEN_CANDIDATES).map((candidate) => candidate.userId));
  });

  it('reads the auditing user and their role when every token of the integration is revoked', () => {
    expect(selectCandidateIds(found([token(5, 21, 1001, false)]), NO_REQUEST, ADA)).toEqual({
      roleIds: [1001, 3],
      userIds: [21, 7],
    });
  });

  it('reads the auditing user when the only usable token is for another role than the one requested', () => {
    const inputs: AuditInputs = { integrationName: 'ActOnTBA', roleId: 1002, userId: null, scoreFieldIds: [] };

    expect(selectCandidateIds(found([token(6, 21, 1001)]), inputs, ADA)).toEqual({
      roleIds: [1001, 1002, 3],
      userIds: [21, 7],
    });
  });

  it('leaves the auditing user out when a usable token has the requested role', () => {
    const inputs: AuditInputs = { integrationName: 'ActOnTBA', roleId: 1001, userId: null, scoreFieldIds: [] };

    expect(selectCandidateIds(found([token(6, 21, 1001)]), inputs, ADA)).toEqual({ roleIds: [1001, 3], userIds: [21] });
  });

  it('leaves out role and user ids that are not whole numbers', () => {
    expect(selectCandidateIds(found([token(6, 2.5, 1001.5)]), NO_REQUEST, ADA)).toEqual({ roleIds: [3], userIds: [] });
  });
});

describe('candidateTokens', () => {
  it('puts the usable tokens first and lists each token once', () => {
    const tokens = [token(5, 7, 3, false), token(6, 21, 1001), token(8, 22, 1002, false)];

    expect(candidateTokens(tokens).map((candidate) => candidate.id)).toEqual([6, 5, 8]);
  });
});
