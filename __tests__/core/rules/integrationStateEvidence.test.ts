/**
 * The integration's state and its Token-Based Authentication box, word for word per account
 * situation: what proves them (the record's state, a refused or a successful token login), what a
 * missing or unestablished record makes of them, and which record their fix links to.
 */
import { evaluateReadiness } from '../../../src/core/engine';
import type { CheckResult, FixLink } from '../../../src/core/report';
import type { AccountSnapshot } from '../../../src/core/snapshot';
import { checkOf, fixStepsOf } from '../../fixtures/reportReading';
import { auditTablesUnreadable } from '../../fixtures/situations/auditTablesUnreadable';
import { connectedNotYet } from '../../fixtures/situations/connectedNotYet';
import { integrationBlocked } from '../../fixtures/situations/integrationBlocked';
import { integrationMissing } from '../../fixtures/situations/integrationMissing';
import { integrationTableUnreadable } from '../../fixtures/situations/integrationTableUnreadable';
import {
  aFailedLogin,
  allRows,
  aLoginAttempt,
  anAuditRequest,
  anIntegration,
  aSnapshot,
  INTEGRATION_TABLE_UNAVAILABLE,
} from '../../fixtures/snapshotBuilder';

const STATE_UNREADABLE =
  "The state of the integration record could not be read: Search error: table 'integration' is not available " +
  '(INVALID_SEARCH_TYPE).';

const MANAGE_INTEGRATIONS: FixLink = { label: 'Manage Integrations', href: '/app/common/integration/integrapplist.nl' };
const ACTON_TBA_RECORD: FixLink = { label: 'Integration ActOnTBA', href: '/app/common/integration/integrapp.nl?id=12' };

const FIRST_THE_RECORD = 'First make sure the integration record exists (see the integration record check).';
const ENABLE_STEPS = [
  'Go to Setup > Integration > Manage Integrations and open the integration.',
  'Click Edit, set State to Enabled and click Save.',
];
const LOOK_AT_STATE_STEPS = [
  'Go to Setup > Integration > Manage Integrations, open the integration and look at its State.',
  'If it is Blocked, click Edit, set State to Enabled and click Save.',
];
const SEE_RECORD_CHECK = ['See the integration record check: it says what to do on this release.'];
const NOT_ESTABLISHED =
  'Whether the integration record ActOnTBA exists could not be established (see the integration record check), so ' +
  'its state is not known either.';

function onRelease(snapshot: AccountSnapshot, version: string): AccountSnapshot {
  return { ...snapshot, account: { ...snapshot.account, version } };
}

function stateOf(snapshot: AccountSnapshot): CheckResult {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state');
}

function authenticationOf(snapshot: AccountSnapshot): CheckResult {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.authentication');
}

function fixLinksOf(check: CheckResult): readonly FixLink[] {
  return 'fix' in check && check.fix !== undefined ? check.fix.links : [];
}

/** Tokens and a login name ActOnTBA, but the integration table, read to its end, lists only another record. */
const recordListWithoutTheTokensRecord = aSnapshot({
  integrations: allRows([{ id: 4, name: 'SuiteCloud Development Integration', state: 'ENABLED', stateName: null }]),
});

/** The integration table cannot be read, no token exists, and the only login was refused with consumer_key_refused. */
const refusedLoginWithoutTableOrToken = aSnapshot({
  integrations: INTEGRATION_TABLE_UNAVAILABLE,
  tokens: allRows([]),
  loginAttempts: allRows([aFailedLogin('consumer_key_refused', { at: '2026-11-26T09:00:00Z' })]),
});

/** The integration table cannot be read; ActOnTBA's token exists and its latest login was refused with consumer_key_refused. */
const refusedLoginWithToken = aSnapshot({
  integrations: INTEGRATION_TABLE_UNAVAILABLE,
  loginAttempts: allRows([
    aFailedLogin('consumer_key_refused', { at: '2026-11-26T09:00:00Z' }),
    aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
  ]),
});

/** Two records carry the name (ignoring case and spaces), no token or login points at either, and the first is Blocked. */
const twoRecordsFirstBlocked = aSnapshot({
  integrations: allRows([
    anIntegration({ id: 30, name: 'acton tba', state: 'BLOCKED' }),
    anIntegration({ id: 12, state: 'PENDING' }),
  ]),
  tokens: allRows([]),
  loginAttempts: allRows([]),
});

describe('a successful token login as evidence', () => {
  it('names the token the login used', () => {
    expect(authenticationOf(aSnapshot())).toMatchObject({
      status: 'pass',
      evidence: [
        'A token login with token ActOnTBA Ada Admin Administrator succeeded on 24 Nov 2026, 09:00 UTC. That ' +
          'proves the integration accepts Token-Based Authentication.',
      ],
    });
  });

  it('names no token when the Login Audit Trail gave none', () => {
    const snapshot = aSnapshot({ loginAttempts: allRows([aLoginAttempt({ tokenName: null })]) });

    expect(authenticationOf(snapshot)).toMatchObject({
      status: 'pass',
      evidence: [
        'A token login succeeded on 24 Nov 2026, 09:00 UTC. That proves the integration accepts Token-Based ' +
          'Authentication.',
      ],
    });
  });
});

describe('integration.state when the record is missing or not established', () => {
  it('fails on 2026.2 when the record is missing, and asks first for the record', () => {
    const check = stateOf(integrationMissing.snapshot);

    expect(check).toMatchObject({
      status: 'fail',
      evidence: ['There is no integration record named ActOnTBA, so nothing can be Enabled.'],
      summary: 'There is no integration record named ActOnTBA to enable',
    });
    expect(fixStepsOf(check)).toEqual([FIRST_THE_RECORD, ...ENABLE_STEPS]);
  });

  it('fails on 2027.1 when the record is missing, and points at the integration record check', () => {
    const check = stateOf(onRelease(integrationMissing.snapshot, '2027.1'));

    expect(check).toMatchObject({
      status: 'fail',
      evidence: ['There is no integration record named ActOnTBA, so nothing can be Enabled.'],
      summary: 'There is no integration record named ActOnTBA to enable',
    });
    expect(fixStepsOf(check)).toEqual(SEE_RECORD_CHECK);
  });

  it('is unknown when the integration, token and login tables are all unreadable', () => {
    const check = stateOf(auditTablesUnreadable.snapshot);

    expect(check).toMatchObject({ status: 'unknown', evidence: [NOT_ESTABLISHED] });
    expect(fixStepsOf(check)).toEqual([FIRST_THE_RECORD, ...ENABLE_STEPS]);
  });

  it('asks a person when only the integration table is unreadable and no token or login exists yet', () => {
    const check = stateOf(integrationTableUnreadable.snapshot);

    expect(check).toMatchObject({ status: 'manual', evidence: [NOT_ESTABLISHED] });
    expect(fixStepsOf(check)).toEqual([FIRST_THE_RECORD, ...ENABLE_STEPS]);
  });

  it('still asks a person, instead of failing, on 2027.1 when the record is not established', () => {
    const check = stateOf(onRelease(integrationTableUnreadable.snapshot, '2027.1'));

    expect(check).toMatchObject({ status: 'manual', evidence: [NOT_ESTABLISHED] });
    expect(fixStepsOf(check)).toEqual([FIRST_THE_RECORD, ...ENABLE_STEPS]);
  });
});

describe("integration.state from the record's state", () => {
  it('passes on an Enabled record, naming it', () => {
    expect(stateOf(aSnapshot())).toMatchObject({
      status: 'pass',
      evidence: ['The integration ActOnTBA (id 12) is Enabled.'],
    });
  });

  it('fails on a Blocked record, naming it and linking to it', () => {
    const check = stateOf(integrationBlocked.snapshot);

    expect(check).toMatchObject({
      status: 'fail',
      evidence: [
        'The integration ActOnTBA (id 12) is Blocked: NetSuite refuses its Consumer Key ("consumer_key_refused").',
      ],
      summary: 'The integration ActOnTBA is Blocked',
    });
    expect(fixLinksOf(check)).toEqual([ACTON_TBA_RECORD, MANAGE_INTEGRATIONS]);
  });

  it('links to the Blocked record that decided, when two records carry the name and nothing points at either', () => {
    const check = stateOf(twoRecordsFirstBlocked);

    expect(check.status).toBe('fail');
    expect(fixLinksOf(check)).toEqual([
      { label: 'Integration acton tba', href: '/app/common/integration/integrapp.nl?id=30' },
      MANAGE_INTEGRATIONS,
    ]);
  });
});

describe('integration.state from the Login Audit Trail', () => {
  it('passes on a successful login alone, saying the table could not be read', () => {
    expect(stateOf(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE }))).toMatchObject({
      status: 'pass',
      evidence: [
        STATE_UNREADABLE,
        'A token login with token ActOnTBA Ada Admin Administrator succeeded on 24 Nov 2026, 09:00 UTC. NetSuite ' +
          'accepts logins only for an Enabled integration.',
      ],
    });
  });

  it('passes on a successful login without a word about the record list when that list was read to its end', () => {
    expect(stateOf(recordListWithoutTheTokensRecord)).toMatchObject({
      status: 'pass',
      evidence: [
        'A token login with token ActOnTBA Ada Admin Administrator succeeded on 24 Nov 2026, 09:00 UTC. NetSuite ' +
          'accepts logins only for an Enabled integration.',
      ],
    });
  });

  it('fails when the latest login was refused as Blocked, linking to the record its token names', () => {
    const check = stateOf(refusedLoginWithToken);

    expect(check).toMatchObject({
      status: 'fail',
      evidence: [
        STATE_UNREADABLE,
        'The latest token login, on 26 Nov 2026, 09:00 UTC, was refused with "consumer_key_refused": the ' +
          'integration is Blocked.',
      ],
      summary: 'The integration ActOnTBA is Blocked: its latest token login was refused',
    });
    expect(fixLinksOf(check)).toEqual([ACTON_TBA_RECORD, MANAGE_INTEGRATIONS]);
  });

  it('fails on a refused login with no record to link when neither the table nor a token names one', () => {
    const check = stateOf(refusedLoginWithoutTableOrToken);

    expect(check).toMatchObject({
      status: 'fail',
      summary: 'The integration ActOnTBA is Blocked: its latest token login was refused',
    });
    expect(fixLinksOf(check)).toEqual([MANAGE_INTEGRATIONS]);
  });

  it(
    'asks a person to look at the State when neither the table nor a login proves it, linking to the record its ' +
      'token names',
    () => {
      const check = stateOf(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: allRows([]) }));

      expect(check).toMatchObject({
        status: 'manual',
        evidence: [
          STATE_UNREADABLE,
          'No successful token login in the last 30 days proves the integration is Enabled.',
        ],
      });
      expect(fixStepsOf(check)).toEqual(LOOK_AT_STATE_STEPS);
      expect(fixLinksOf(check)).toEqual([ACTON_TBA_RECORD, MANAGE_INTEGRATIONS]);
    },
  );
});

describe('integration.authentication without a successful login', () => {
  it('fails when the record is missing, linking to no record', () => {
    const check = authenticationOf(integrationMissing.snapshot);

    expect(check).toMatchObject({
      status: 'fail',
      evidence: ['There is no integration record named ActOnTBA to allow it.'],
      summary: 'There is no integration record named ActOnTBA to allow Token-Based Authentication',
    });
    expect(fixLinksOf(check)).toEqual([MANAGE_INTEGRATIONS]);
  });

  it('asks a person when Act-On has not logged in yet, without a word about failed logins, linking to the record', () => {
    const check = authenticationOf(connectedNotYet.snapshot);

    expect(check).toMatchObject({
      status: 'manual',
      evidence: [
        "Scripts cannot read the integration's Token-Based Authentication and User Credentials boxes, and no " +
          'successful token login in the last 30 days proves them.',
      ],
    });
    expect(fixLinksOf(check)).toEqual([ACTON_TBA_RECORD, MANAGE_INTEGRATIONS]);
  });
});
