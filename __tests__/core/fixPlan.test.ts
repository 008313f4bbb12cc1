import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import { CHECK_DEPENDENCIES } from '../../src/core/checkDependencies';
import { evaluateReadiness } from '../../src/core/engine';
import { planFixes, withCauses } from '../../src/core/fixPlan';
import type { ReadinessReport } from '../../src/core/report';
import { buildReport } from '../fixtures/reports';
import { integrationMissing } from '../fixtures/situations/integrationMissing';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';
import { readyIntegrationRole } from '../fixtures/situations/readyIntegrationRole';
import { roleLostUserAccessTokens } from '../fixtures/situations/roleLostUserAccessTokens';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';
import { tokenRevoked } from '../fixtures/situations/tokenRevoked';
import { userLostRole } from '../fixtures/situations/userLostRole';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import type { AccountSituation } from '../fixtures/snapshotBuilder';

const audit = (situation: AccountSituation): ReadinessReport => evaluateReadiness(situation.snapshot, situation.inputs);

describe('the check dependencies', () => {
  it('name only catalogue checks, and no check depends on itself through others', () => {
    const ids = new Set<string>(CHECK_CATALOGUE.map((entry) => entry.id));
    const reaches = (from: string, target: string, seen: Set<string>): boolean =>
      (CHECK_DEPENDENCIES[from as keyof typeof CHECK_DEPENDENCIES] ?? []).some(
        (next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
      );

    for (const [id, dependencies] of Object.entries(CHECK_DEPENDENCIES)) {
      for (const dependency of dependencies) expect(ids.has(dependency)).toBe(true);
      expect(reaches(id, id, new Set())).toBe(false);
    }
  });
});

describe('causedBy', () => {
  it('marks the checks that fail because the integration record is missing, and leaves their status as it was', () => {
    const report = audit(integrationMissing);
    const record = report.checks.find((check) => check.id === 'integration.record');
    const state = report.checks.find((check) => check.id === 'integration.state');

    expect(record?.causedBy).toBeUndefined();
    expect(state).toMatchObject({ status: 'fail', causedBy: 'integration.record' });
    expect(report.checks.find((check) => check.id === 'token.active')).toMatchObject({ status: 'fail', causedBy: 'integration.record' });
  });

  it('is absent on every check of a ready account', () => {
    expect(audit(readyAdministrator).checks.filter((check) => check.causedBy !== undefined)).toEqual([]);
  });

  it('points failed logins at the token user who lost the role', () => {
    expect(audit(userLostRole).checks.find((check) => check.id === 'login.recent')?.causedBy).toBe('user.access');
  });
});

describe('planFixes', () => {
  it('is empty for a ready account', () => {
    expect(audit(readyAdministrator).fixPlan).toEqual([]);
    expect(audit(readyIntegrationRole).fixPlan).toEqual([]);
  });

  it('makes one missing integration record one step that resolves every check it causes', () => {
    const plan = audit(integrationMissing).fixPlan;

    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ order: 1, title: 'Set up the Act-On integration record' });
    expect(plan[0]?.resolves).toEqual(['integration.record', 'integration.state', 'integration.authentication', 'token.active']);
  });

  it("titles the step in NetSuite's words and takes the fix's navigation and links", () => {
    const [first] = audit(tokenBasedAuthenticationOff).fixPlan;

    expect(first).toMatchObject({ order: 1, title: 'Enable Token-Based Authentication', navigation: 'Setup > Company > Enable Features > SuiteCloud' });
    expect(first?.links).toEqual([{ label: 'Enable Features', href: '/app/setup/features.nl' }]);
  });

  it('covers every failing blocker, each in exactly one step', () => {
    for (const situation of [integrationMissing, tokenBasedAuthenticationOff, tokenRevoked, userLostRole, roleLostUserAccessTokens, integrationBlocked]) {
      const report = audit(situation);
      const resolved = report.fixPlan.flatMap((step) => step.resolves);
      const failing = report.checks.filter((check) => check.severity === 'blocker' && check.status === 'fail').map((check) => check.id);

      expect(new Set(resolved).size).toBe(resolved.length);
      for (const id of failing) expect(resolved).toContain(id);
    }
  });

  it('puts blocker steps before warning steps', () => {
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'login.ip-address-rules': 'warn', 'role.active': 'fail' } });

    expect(report.fixPlan.map((step) => step.resolves[0])).toEqual(['role.active', 'login.ip-address-rules']);
  });

  it('orders root causes by their dependencies, whatever the catalogue order', () => {
    // token.active comes before role.active in the catalogue, but depends on the role being usable.
    const checks = withCauses(buildReport({ verdict: 'NOT_READY', statuses: { 'role.token-login': 'fail', 'feature.soap-web-services': 'fail' } }).checks);

    expect(planFixes(checks).map((step) => step.resolves[0])).toEqual(['feature.soap-web-services', 'role.token-login']);
  });

  it('shares one step between root causes whose fixes are the same steps', () => {
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'integration.state': 'fail', 'role.active': 'fail' } });
    const stateFix = { steps: ['Open the record.', 'Click Save.'], navigation: 'Setup', links: [] };
    const sameFix = report.checks.map((check) =>
      (check.id === 'integration.state' || check.id === 'role.active') && check.status === 'fail' ? { ...check, fix: stateFix } : check,
    );

    expect(planFixes(sameFix).map((step) => step.resolves)).toEqual([['role.active', 'integration.state']]);
  });
});
