import { CHECK_CATALOGUE, dependenciesOf, type CheckId } from '../../src/core/catalogue';
import { evaluateReadiness } from '../../src/core/engine';
import { failureSummary, planFixes, stepNumbers, withCauses } from '../../src/core/fixPlan';
import type { CheckResult, ReadinessReport } from '../../src/core/report';
import { checkOf, statusOf } from '../fixtures/reportReading';
import { buildReport, checkResultFor } from '../fixtures/reports';
import { integrationMissing } from '../fixtures/situations/integrationMissing';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';
import { readyIntegrationRole } from '../fixtures/situations/readyIntegrationRole';
import { roleLostUserAccessTokens } from '../fixtures/situations/roleLostUserAccessTokens';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';
import { tokenRevoked } from '../fixtures/situations/tokenRevoked';
import { userLostRole } from '../fixtures/situations/userLostRole';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import { anAuditRequest, aSnapshot, type AccountSituation } from '../fixtures/snapshotBuilder';

const audit = (situation: AccountSituation): ReadinessReport => evaluateReadiness(situation.snapshot, situation.inputs);

describe('the check dependencies', () => {
  it('name only catalogue checks, and no check depends on itself through others', () => {
    const ids = new Set<string>(CHECK_CATALOGUE.map((entry) => entry.id));
    const reaches = (from: string, target: string, seen: Set<string>): boolean =>
      dependenciesOf(from).some(
        (next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
      );

    for (const { id, dependsOn } of CHECK_CATALOGUE) {
      for (const dependency of dependsOn) expect(ids.has(dependency)).toBe(true);
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
    expect(report.checks.find((check) => check.id === 'token.active')).toMatchObject({
      status: 'fail',
      causedBy: 'integration.record',
    });
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
    expect(plan[0]?.resolves).toEqual([
      'integration.record',
      'integration.state',
      'integration.authentication',
      'token.active',
    ]);
  });

  it("titles the step in NetSuite's words and takes the fix's navigation and links", () => {
    const [first] = audit(tokenBasedAuthenticationOff).fixPlan;

    expect(first).toMatchObject({
      order: 1,
      title: 'Enable Token-Based Authentication',
      navigation: 'Setup > Company > Enable Features > SuiteCloud',
    });
    expect(first?.links).toEqual([{ label: 'Enable Features', href: '/app/setup/features.nl' }]);
  });

  it('covers every failing blocker, each in exactly one step', () => {
    for (const situation of [
      integrationMissing,
      tokenBasedAuthenticationOff,
      tokenRevoked,
      userLostRole,
      roleLostUserAccessTokens,
      integrationBlocked,
    ]) {
      const report = audit(situation);
      const resolved = report.fixPlan.flatMap((step) => step.resolves);
      const failing = report.checks
        .filter((check) => check.severity === 'blocker' && check.status === 'fail')
        .map((check) => check.id);

      expect(new Set(resolved).size).toBe(resolved.length);
      for (const id of failing) expect(resolved).toContain(id);
    }
  });

  it('puts blocker steps before warning steps', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'login.ip-address-rules': 'warn', 'role.active': 'fail' },
    });

    expect(report.fixPlan.map((step) => step.resolves[0])).toEqual(['role.active', 'login.ip-address-rules']);
  });

  it('orders root causes by their dependencies, whatever the catalogue order', () => {
    // token.active comes before role.active in the catalogue, but depends on the role being usable.
    const checks = withCauses(
      buildReport({
        verdict: 'NOT_READY',
        statuses: { 'role.token-login': 'fail', 'feature.soap-web-services': 'fail' },
      }).checks,
    );

    expect(planFixes(checks).map((step) => step.resolves[0])).toEqual([
      'feature.soap-web-services',
      'role.token-login',
    ]);
  });

  it('shares one step between root causes whose fixes are the same steps', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'integration.state': 'fail', 'role.active': 'fail' },
    });
    const stateFix = {
      id: 'default',
      title: 'Open and save',
      owner: 'netsuite-admin' as const,
      steps: ['Open the record.', 'Click Save.'],
      navigation: 'Setup',
      links: [],
    };
    const sameFix = report.checks.map((check) =>
      (check.id === 'integration.state' || check.id === 'role.active') && check.status === 'fail'
        ? { ...check, fix: stateFix }
        : check,
    );

    expect(planFixes(sameFix).map((step) => step.resolves)).toEqual([['role.active', 'integration.state']]);
  });
});

/** A check a saved document of a later version carries: this version knows neither its id nor its dependencies. */
function laterVersionCheck(): CheckResult {
  return {
    id: 'integration.later-check' as CheckId,
    section: 'integration',
    title: 'A check of a later version passes',
    severity: 'blocker',
    why: '',
    status: 'fail',
    evidence: [],
    findings: [],
    fix: {
      id: 'later-fix',
      title: 'Do what the later version says',
      owner: 'netsuite-admin',
      steps: ['Do what the later version says.'],
      navigation: 'Setup > Later',
      links: [],
    },
  };
}

const causeOf = (report: ReadinessReport, id: CheckId): CheckId | undefined => checkOf(report, id).causedBy;

describe('causedBy when facts could not be read', () => {
  it('marks a check that could not be read because the role it reads could not be read either', () => {
    const report = buildReport({
      verdict: 'INCOMPLETE',
      statuses: { 'role.active': 'unknown', 'role.acton-permissions': 'unknown' },
    });

    expect(causeOf(report, 'role.acton-permissions')).toBe('role.active');
  });

  it('marks a check left to be confirmed by hand because the integration record could not be read', () => {
    const report = buildReport({
      verdict: 'INCOMPLETE',
      statuses: { 'integration.record': 'unknown', 'integration.authentication': 'manual' },
    });

    expect(causeOf(report, 'integration.authentication')).toBe('integration.record');
  });

  it('leaves a proven failure its own root when the role it depends on could not be read', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'role.active': 'unknown', 'role.acton-permissions': 'fail' },
    });

    expect(causeOf(report, 'role.acton-permissions')).toBeUndefined();
  });

  it('leaves a check that could not be read its own root when everything it depends on passes', () => {
    const report = buildReport({ verdict: 'INCOMPLETE', statuses: { 'role.acton-permissions': 'unknown' } });

    expect(causeOf(report, 'role.acton-permissions')).toBeUndefined();
  });
});

describe('causedBy in a saved document that lacks some checks', () => {
  it('skips the dependencies the document does not hold and marks the failing one it does', () => {
    const checks = withCauses([checkResultFor('token.active', 'fail'), checkResultFor('user.access', 'fail')]);

    expect(checks.map((check) => [check.id, check.causedBy])).toEqual([
      ['token.active', 'user.access'],
      ['user.access', undefined],
    ]);
  });
});

describe('the fix plan groups', () => {
  it('gives a failing warning a step after the blockers, though the catalogue lists it first', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'feature.suitesignon': 'fail', 'role.active': 'fail' },
    });

    expect(report.fixPlan.map((step) => step.resolves[0])).toEqual(['role.active', 'feature.suitesignon']);
  });

  it('gives a warning that could not be read a step after the blockers: the verdict names it too', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'feature.suitesignon': 'unknown', 'role.active': 'fail' },
    });

    expect(report.fixPlan.map((step) => step.resolves[0])).toEqual(['role.active', 'feature.suitesignon']);
  });

  it('gives a blocker that works but warns a step with the warnings, after the blockers that fail', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'integration.authentication': 'warn', 'feature.soap-web-services': 'fail' },
    });

    expect(report.fixPlan.map((step) => step.resolves[0])).toEqual([
      'feature.soap-web-services',
      'integration.authentication',
    ]);
  });

  it("gives no step to a sandbox's Account ID, which is information", () => {
    const sandbox = aSnapshot({ account: { accountId: '1234567_SB1', envType: 'SANDBOX', version: '2026.2' } });
    const report = evaluateReadiness(sandbox, anAuditRequest());

    expect(statusOf(report, 'account.id')).toBe('info');
    expect(report.fixPlan).toEqual([]);
  });
});

describe('the step of what a script could not read or prove', () => {
  it('asks to find out by hand what a blocker could not read', () => {
    const plan = buildReport({ verdict: 'INCOMPLETE', statuses: { 'role.active': 'unknown' } }).fixPlan;

    expect(plan.map((step) => [step.title, step.resolves])).toEqual([
      ['Find out by hand: The role is active', ['role.active']],
    ]);
  });

  it('asks to confirm by hand what a blocker could not prove', () => {
    const plan = buildReport({
      verdict: 'READY_WITH_WARNINGS',
      statuses: { 'integration.authentication': 'manual' },
    }).fixPlan;

    expect(plan.map((step) => [step.title, step.resolves])).toEqual([
      ['Confirm by hand: The integration allows Token-Based Authentication', ['integration.authentication']],
    ]);
  });
});

describe('the fix plan order of a saved document', () => {
  it('keeps catalogue order among root causes of one depth, whatever order the document lists them in', () => {
    const statuses = {
      'feature.client-suitescript': 'fail',
      'feature.server-suitescript': 'fail',
      'feature.soap-web-services': 'fail',
    } as const;
    const reversed = [...buildReport({ verdict: 'NOT_READY', statuses }).checks].reverse();

    expect(planFixes(reversed).map((step) => step.resolves[0])).toEqual([
      'feature.client-suitescript',
      'feature.server-suitescript',
      'feature.soap-web-services',
    ]);
  });

  it(
    'puts the step of a check this version does not know, which depends on nothing it knows, before a step whose ' +
      'check depends on another',
    () => {
      const report = buildReport({ verdict: 'NOT_READY', statuses: { 'integration.record': 'fail' } });

      const plan = planFixes(withCauses([...report.checks, laterVersionCheck()]));

      expect(plan.map((step) => step.resolves[0])).toEqual(['integration.later-check', 'integration.record']);
    },
  );

  it("titles the step of a check this version does not know with its fix's title", () => {
    const plan = planFixes(withCauses([laterVersionCheck()]));

    expect(plan.map((step) => step.title)).toEqual(['Do what the later version says']);
  });
});

describe('the steps shared between root causes', () => {
  const withFixSteps = (steps: Partial<Record<CheckId, readonly string[]>>): CheckResult[] =>
    buildReport({ verdict: 'NOT_READY', statuses: { 'integration.state': 'fail', 'role.active': 'fail' } }).checks.map(
      (check) => {
        const own = steps[check.id];
        return own !== undefined && check.status === 'fail'
          ? { ...check, fix: { ...check.fix, steps: own, navigation: 'Setup', links: [] } }
          : check;
      },
    );

  it('keeps apart a fix that is the other fix plus one more step', () => {
    const checks = withFixSteps({
      'role.active': ['Open the record.'],
      'integration.state': ['Open the record.', 'Click Save.'],
    });

    expect(planFixes(checks).map((step) => step.resolves)).toEqual([['role.active'], ['integration.state']]);
  });

  it('keeps apart fixes that open the same way but end differently', () => {
    const checks = withFixSteps({
      'role.active': ['Open the record.', 'Click Save.'],
      'integration.state': ['Open the record.', 'Click Edit.'],
    });

    expect(planFixes(checks).map((step) => step.resolves)).toEqual([['role.active'], ['integration.state']]);
  });
});

describe('stepNumbers', () => {
  it('numbers each check that does not pass by the step that resolves it, and no passing check', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'role.active': 'fail', 'token.active': 'fail', 'login.ip-address-rules': 'warn' },
    });

    expect([...stepNumbers(report.fixPlan)]).toEqual([
      ['role.active', 1],
      ['token.active', 1],
      ['login.ip-address-rules', 2],
    ]);
  });

  it("gives a check that two steps of a saved plan list the first step's number", () => {
    const step = {
      title: 'Enable Token-Based Authentication',
      navigation: 'Setup',
      links: [],
      owner: 'netsuite-admin' as const,
    };
    const plan = [
      { ...step, order: 1, resolves: ['feature.token-based-authentication', 'integration.record'] as CheckId[] },
      { ...step, order: 2, resolves: ['integration.record'] as CheckId[] },
    ];

    expect(stepNumbers(plan).get('integration.record')).toBe(1);
  });
});

describe('failureSummary', () => {
  it("gives the rule's sentence naming the records", () => {
    expect(
      failureSummary({
        ...checkResultFor('integration.state', 'fail'),
        summary: 'The integration ActOnTBA is Blocked',
      }),
    ).toBe('The integration ActOnTBA is Blocked');
  });

  it("gives the catalogue's wording for a check of a saved document without a sentence", () => {
    expect(failureSummary(checkResultFor('integration.state', 'fail'))).toBe('The integration is not Enabled');
  });
});
