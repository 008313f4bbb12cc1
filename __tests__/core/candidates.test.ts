/** Which (user, role) pairs are examined, in which order, and how many are reported. */
import { MAX_REPORTED_CANDIDATES } from '../../src/core/candidates';
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
} from '../fixtures/snapshotBuilder';

const adminToken = aToken();
const syncToken = aToken({ id: 8, name: 'ActOnTBA Act-On Sync', userId: ACTON_SYNC.id, userName: ACTON_SYNC.name, roleId: ACTON_ROLE.id, roleName: ACTON_ROLE.name });

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
    const report = evaluateReadiness(aSnapshot({ tokens: allRows([adminToken, syncToken]) }), anAuditRequest({ roleId: ACTON_ROLE.id }));

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([8]);
  });

  it('keeps only tokens of the requested user', () => {
    const report = evaluateReadiness(aSnapshot({ tokens: allRows([adminToken, syncToken]) }), anAuditRequest({ userId: ADA_ADMIN.id }));

    expect(report.candidates.map((candidate) => candidate.tokenId)).toEqual([5]);
  });

  it('falls back to Administrator and the person auditing when no token fits', () => {
    const report = evaluateReadiness(aSnapshot({ tokens: allRows([]) }), anAuditRequest());

    expect(report.candidates).toEqual([expect.objectContaining({ source: 'request', tokenId: null, userId: ADA_ADMIN.id, userName: 'Ada Admin', roleId: 3 })]);
  });

  it("falls back to the request's role and user when its tokens do not fit", () => {
    const report = evaluateReadiness(aSnapshot({ tokens: allRows([adminToken]) }), anAuditRequest({ roleId: ACTON_ROLE.id, userId: ACTON_SYNC.id }));

    expect(report.candidates).toEqual([
      expect.objectContaining({ source: 'request', userId: ACTON_SYNC.id, userName: 'Act-On Sync', roleId: ACTON_ROLE.id, roleName: 'Act-On Integration' }),
    ]);
  });
});

describe('candidate ordering', () => {
  it('puts the candidate with fewer failed blockers first and reports its checks', () => {
    const employees = ok([anEmployee({ giveAccess: false }), actOnSyncEmployee()]);

    const report = evaluateReadiness(aSnapshot({ tokens: allRows([adminToken, syncToken]), employees }), anAuditRequest());

    expect(report.candidates.map((candidate) => [candidate.tokenId, candidate.blockersFailed])).toEqual([
      [8, 0],
      [5, 1],
    ]);
    expect(statusOf(report, 'user.access')).toBe('pass');
  });

  it('puts the candidate with fewer unknowns first when blockers tie', () => {
    const employees = ok([anEmployee({ roleIds: { ok: false, reason: 'EmployeeRolesForSearch is not available' } }), actOnSyncEmployee()]);

    const report = evaluateReadiness(aSnapshot({ tokens: allRows([adminToken, syncToken]), employees }), anAuditRequest());

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
    aToken({ id: 100 + index, name: `Token ${index}`, createdAt: `2026-10-${String(index + 1).padStart(2, '0')}T00:00:00Z` }),
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
