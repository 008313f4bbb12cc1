/** Which (user, role) pairs are examined, in which order, and how many are reported. */
import {
  type CandidateIdentity,
  type EvaluatedCandidate,
  identifyCandidates,
  MAX_REPORTED_CANDIDATES,
  rankCandidates,
  requestCandidate,
} from '../../src/core/candidates';
import { evaluateReadiness } from '../../src/core/engine';
import { statusOf } from '../fixtures/reportReading';
import {
  ACTON_ROLE,
  ACTON_SYNC,
  actOnSyncEmployee,
  ADA_ADMIN,
  allRows,
  anAuditRequest,
  anEmployee,
  aSnapshot,
  aToken,
  ok,
  unreadable,
  actOnSyncToken,
} from '../fixtures/snapshotBuilder';

const adminToken = aToken();
const syncToken = actOnSyncToken();

describe('candidate selection', () => {
  it('makes every active token of the integration a candidate', () => {
    const report = evaluateReadiness(aSnapshot({ tokens: allRows([adminToken, syncToken]) }), anAuditRequest());

    expect(report.candidates.map((candidate) => candidate.tokenId).sort()).toEqual([5, 8]);
  });

  it('leaves out inactive and revoked tokens', () => {
    const tokens = [adminToken, aToken({ id: 9, inactive: true }), aToken({ id: 10, revoked: true })];

    const report = evaluateReadiness(aSnapshot({ tokens: allRows(tokens) }), anAuditRequest());

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([5]);
  });

  it('leaves out tokens of other integrations', () => {
    const otherIntegration = aToken({ id: 11, applicationId: 40, applicationName: 'Boomi' });

    const report = evaluateReadiness(aSnapshot({ tokens: allRows([otherIntegration, adminToken]) }), anAuditRequest());

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([5]);
  });

  it('keeps only tokens of the requested role', () => {
    const report = evaluateReadiness(
      aSnapshot({ tokens: allRows([adminToken, syncToken]) }),
      anAuditRequest({ roleId: ACTON_ROLE.id }),
    );

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([8]);
  });

  it('keeps only tokens of the requested user', () => {
    const report = evaluateReadiness(
      aSnapshot({ tokens: allRows([adminToken, syncToken]) }),
      anAuditRequest({ userId: ADA_ADMIN.id }),
    );

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([5]);
  });

  it('falls back to Administrator and the person auditing when no token fits', () => {
    const report = evaluateReadiness(aSnapshot({ tokens: allRows([]) }), anAuditRequest());

    expect(report.candidates).toEqual([
      expect.objectContaining({
        source: 'request',
        tokenId: null,
        userId: ADA_ADMIN.id,
        userName: 'Ada Admin',
        roleId: 3,
      }),
    ]);
  });

  it("falls back to the request's role and user when its tokens do not fit", () => {
    const report = evaluateReadiness(
      aSnapshot({ tokens: allRows([adminToken]) }),
      anAuditRequest({ roleId: ACTON_ROLE.id, userId: ACTON_SYNC.id }),
    );

    expect(report.candidates).toEqual([
      expect.objectContaining({
        source: 'request',
        userId: ACTON_SYNC.id,
        userName: 'Act-On Sync',
        roleId: ACTON_ROLE.id,
        roleName: 'Act-On Integration',
      }),
    ]);
  });
});

describe('candidate ordering', () => {
  it('puts the candidate with fewer failed blockers first and reports its checks', () => {
    const employees = ok([anEmployee({ giveAccess: false }), actOnSyncEmployee()]);

    const report = evaluateReadiness(
      aSnapshot({ tokens: allRows([adminToken, syncToken]), employees }),
      anAuditRequest(),
    );

    expect(report.candidates.map((candidate) => [candidate.tokenId, candidate.blockersFailed])).toEqual([
      [8, 0],
      [5, 1],
    ]);
    expect(statusOf(report, 'user.access')).toBe('pass');
  });

  it('puts the candidate with fewer unknowns first when blockers tie', () => {
    const employees = ok([
      anEmployee({ roleIds: { ok: false, reason: 'EmployeeRolesForSearch is not available' } }),
      actOnSyncEmployee(),
    ]);

    const report = evaluateReadiness(
      aSnapshot({ tokens: allRows([adminToken, syncToken]), employees }),
      anAuditRequest(),
    );

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([8, 5]);
  });

  it('puts the newest token first when everything else ties', () => {
    const older = aToken({ id: 20, createdAt: '2026-01-01T00:00:00Z' });
    const newer = aToken({ id: 21, createdAt: '2026-11-01T00:00:00Z' });
    const undated = aToken({ id: 22, createdAt: null });

    const report = evaluateReadiness(aSnapshot({ tokens: allRows([older, undated, newer]) }), anAuditRequest());

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([21, 20, 22]);
  });

  it('gives each candidate every credential check, in catalogue order', () => {
    const [candidate] = evaluateReadiness(aSnapshot(), anAuditRequest()).candidates;

    expect(candidate?.checks.map((check) => check.id)).toEqual([
      'token.active',
      'role.token-login',
      'role.soap-web-services',
      'role.acton-permissions',
      'role.active',
      'user.access',
      'role.web-services-only',
      'role.subsidiary-access',
    ]);
  });
});

describe('candidate bound', () => {
  const manyTokens = Array.from({ length: 30 }, (_, index) =>
    aToken({
      id: 100 + index,
      name: `Token ${index}`,
      createdAt: `2026-10-${String(index + 1).padStart(2, '0')}T00:00:00Z`,
    }),
  );

  it(`reports at most ${MAX_REPORTED_CANDIDATES} candidates and counts the rest`, () => {
    const report = evaluateReadiness(aSnapshot({ tokens: allRows(manyTokens) }), anAuditRequest());

    expect([report.candidates.length, report.candidatesOmitted]).toEqual([25, 5]);
  });

  it('keeps the best candidates, leaving out the oldest tokens', () => {
    const report = evaluateReadiness(aSnapshot({ tokens: allRows(manyTokens) }), anAuditRequest());

    expect(report.candidates[0]?.tokenId).toBe(129);
    expect(report.candidates.map((candidate) => candidate.tokenId)).not.toContain(100);
  });

  it('omits nothing under the bound', () => {
    expect(evaluateReadiness(aSnapshot(), anAuditRequest()).candidatesOmitted).toBe(0);
  });
});

describe("the names on the request's candidate", () => {
  it('names the Administrator role even when the role list cannot be read', () => {
    const snapshot = aSnapshot({ tokens: allRows([]), roles: unreadable('Role search is not permitted') });

    const [candidate] = evaluateReadiness(snapshot, anAuditRequest()).candidates;

    expect(candidate?.roleName).toBe('Administrator');
  });

  it('audits the Administrator role, named, instead of a requested role the account does not have', () => {
    const [candidate] = evaluateReadiness(
      aSnapshot({ tokens: allRows([]) }),
      anAuditRequest({ roleId: 2000 }),
    ).candidates;

    expect([candidate?.roleId, candidate?.roleName]).toEqual([3, 'Administrator']);
  });

  it('leaves a requested role unnamed when the roles cannot be read', () => {
    const [candidate] = evaluateReadiness(
      aSnapshot({ tokens: allRows([]), roles: unreadable('Role search is not permitted') }),
      anAuditRequest({ roleId: 2000 }),
    ).candidates;

    expect([candidate?.roleId, candidate?.roleName]).toEqual([2000, null]);
  });

  it('names the person auditing even when the employee list cannot be read', () => {
    const snapshot = aSnapshot({ tokens: allRows([]), employees: unreadable('Employee search is not permitted') });

    const [candidate] = evaluateReadiness(snapshot, anAuditRequest()).candidates;

    expect([candidate?.userId, candidate?.userName]).toEqual([ADA_ADMIN.id, 'Ada Admin']);
  });
});

describe("a token's candidate", () => {
  it('says it comes from the token', () => {
    const [candidate] = evaluateReadiness(aSnapshot(), anAuditRequest()).candidates;

    expect([candidate?.source, candidate?.tokenId]).toEqual(['token', 5]);
  });
});

describe('candidate ordering before the newest token', () => {
  const newerSyncToken = aToken({ ...syncToken, createdAt: '2026-11-01T00:00:00Z' });

  it('puts an older token with no failed blocker before a newer one whose user lost access', () => {
    const employees = ok([anEmployee(), actOnSyncEmployee({ giveAccess: false })]);

    const report = evaluateReadiness(
      aSnapshot({ tokens: allRows([adminToken, newerSyncToken]), employees }),
      anAuditRequest(),
    );

    expect(report.candidates.map((candidate) => [candidate.tokenId, candidate.blockersFailed])).toEqual([
      [5, 0],
      [8, 1],
    ]);
  });

  it("puts an older token with nothing unknown before a newer one whose user's roles cannot be read", () => {
    const employees = ok([
      anEmployee(),
      actOnSyncEmployee({ roleIds: unreadable('EmployeeRolesForSearch is not available') }),
    ]);

    const report = evaluateReadiness(
      aSnapshot({ tokens: allRows([adminToken, newerSyncToken]), employees }),
      anAuditRequest(),
    );

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([5, 8]);
  });

  it.each([
    ['5 before 8', [5, 8]],
    ['8 before 5', [8, 5]],
  ])(
    'puts the highest token id first when two tokens of the same day tie, whichever is listed first (%s)',
    (_order, ids) => {
      const tokens = ids.map((id) => aToken({ id, createdAt: '2026-10-01T10:00:00Z' }));

      const report = evaluateReadiness(aSnapshot({ tokens: allRows(tokens) }), anAuditRequest());

      expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([8, 5]);
    },
  );
});

describe("ranking the request's candidate among token candidates", () => {
  /** A candidate whose checks all passed: only its token decides its rank (ranking reads no outcome). */
  function withNothingFailed(identity: CandidateIdentity): EvaluatedCandidate {
    const candidate = {
      source: identity.source,
      tokenId: identity.token?.id ?? null,
      tokenName: identity.token?.name ?? null,
      userId: identity.userId,
      userName: identity.userName,
      roleId: identity.roleId,
      roleName: identity.roleName,
      checks: [],
      blockersFailed: 0,
    };
    return { identity, outcomes: {} as EvaluatedCandidate['outcomes'], candidate };
  }

  const request = withNothingFailed(requestCandidate(anAuditRequest(), aSnapshot()));
  const tokenCandidate = (token: ReturnType<typeof aToken>) =>
    withNothingFailed(identifyCandidates(allRows([token]), anAuditRequest(), aSnapshot())[0]!);

  it.each([
    ['listed first', true],
    ['listed last', false],
  ])("puts a dated token's candidate before the request's candidate %s", (_where, requestFirst) => {
    const dated = tokenCandidate(aToken());

    const { ranked } = rankCandidates(requestFirst ? [request, dated] : [dated, request]);

    expect(ranked.map((ranking) => ranking.identity.source)).toEqual(['token', 'request']);
  });

  it.each([
    ['listed first', true],
    ['listed last', false],
  ])("puts an undated token's candidate before the request's candidate %s", (_where, requestFirst) => {
    const undated = tokenCandidate(aToken({ createdAt: null }));

    const { ranked } = rankCandidates(requestFirst ? [request, undated] : [undated, request]);

    expect(ranked.map((ranking) => ranking.identity.source)).toEqual(['token', 'request']);
  });
});
