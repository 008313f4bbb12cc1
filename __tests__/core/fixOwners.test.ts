import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import { evaluateReadiness } from '../../src/core/engine';
import { FIX_OWNERS, fixOwnerLabel, fixOwnerOf } from '../../src/core/fixOwners';
import { statusOf } from '../fixtures/reportReading';
import { buildReport } from '../fixtures/reports';
import { aFailedLogin, aLoginAttempt, allRows, aSnapshot, anAuditRequest } from '../fixtures/snapshotBuilder';
import { auditTablesUnreadable } from '../fixtures/situations/auditTablesUnreadable';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';

describe('who acts on each fix plan step', () => {
  it('names an owner for every fix of every check of the catalogue', () => {
    for (const entry of CHECK_CATALOGUE)
      for (const fix of Object.values(entry.fixes)) expect(FIX_OWNERS).toContain(fix.owner);
  });

  it('gives a feature switched off to the NetSuite administrator', () => {
    const [first] = evaluateReadiness(tokenBasedAuthenticationOff.snapshot, tokenBasedAuthenticationOff.inputs).fixPlan;

    expect(first?.owner).toBe('netsuite-admin');
  });

  it('gives the SOAP retirement question to Act-On support', () => {
    const report = buildReport({ verdict: 'READY_WITH_WARNINGS', statuses: { 'platform.soap-retirement': 'warn' } });

    expect(report.fixPlan.map((step) => [step.resolves[0], step.owner])).toEqual([
      ['platform.soap-retirement', 'acton-support'],
    ]);
  });

  it("gives a latest login refused for its signature, with nothing upstream wrong, to Act-On's administrator", () => {
    const report = evaluateReadiness(
      aSnapshot({
        loginAttempts: allRows([
          aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
          aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
        ]),
      }),
      anAuditRequest(),
    );

    expect(report.fixPlan.map((step) => [step.resolves[0], step.owner])).toEqual([['login.recent', 'acton-admin']]);
  });

  it('gives what the audit could not read to the consultant who runs it', () => {
    const report = evaluateReadiness(auditTablesUnreadable.snapshot, auditTablesUnreadable.inputs);
    const unread = report.fixPlan.filter(
      (step) => step.resolves[0] !== undefined && statusOf(report, step.resolves[0]) === 'unknown',
    );

    expect(unread.length).toBeGreaterThan(0);
    for (const step of unread) expect(step.owner).toBe('consultant');
  });

  it('gives a check this version does not know to the consultant, and names owners in words', () => {
    expect(fixOwnerOf({ id: 'feature.from-the-future', status: 'fail' })).toBe('consultant');
    expect(fixOwnerLabel('netsuite-admin')).toBe('NetSuite administrator');
    expect(fixOwnerLabel('someone-else')).toBe('someone-else');
  });
});
