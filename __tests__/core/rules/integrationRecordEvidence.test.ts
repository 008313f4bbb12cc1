/**
 * The integration record check's evidence, summary and fix, word for word per account situation:
 * which source proves the record, where a missing one was looked for, what a sandbox refresh
 * copies, what the account's release allows, and the record whose state the state check reads.
 */
import { evaluateReadiness } from '../../../src/core/engine';
import type {
  AccountSnapshot,
  IntegrationRecordFact,
  Probe,
  BoundedList,
  TokenApplicationFact,
} from '../../../src/core/snapshot';
import type { CheckResult } from '../../../src/core/report';
import { checkOf, fixStepsOf, linksOf } from '../../fixtures/reportReading';
import {
  aFailedLogin,
  allRows,
  aLoginAttempt,
  anAuditRequest,
  anIntegration,
  aSnapshot,
  aToken,
  firstRowsOfMore,
  INTEGRATION_TABLE_UNAVAILABLE,
  SUITECLOUD_INTEGRATION,
  unreadable,
} from '../../fixtures/snapshotBuilder';

const ACTON_INTEGRATION_RECORD: IntegrationRecordFact = {
  id: 15,
  name: 'Act-On Integration',
  state: 'ENABLED',
  stateName: null,
};

const MANAGE_INTEGRATIONS = '/app/common/integration/integrapplist.nl';
const CATALOGUE_STEPS = [
  'Go to Setup > Integration > Manage Integrations and click New.',
  'Name it ActOnTBA (or the name you gave this audit) and set State to Enabled.',
  'Under Authentication, check Token-Based Authentication and User Credentials; leave TBA: Authorization Flow and ' +
    'OAuth 2.0 unchecked.',
  'Click Save and copy the Consumer Key and Consumer Secret at once: NetSuite shows them only this one time.',
];
const CREATE_NOW =
  'Create it now, before this account is upgraded to NetSuite 2027.1: from that release no new integration can ' +
  "use Token-Based Authentication, and Act-On's connector needs it.";
const CLOSED_STEPS = [
  'Do not create a new integration for Act-On with Token-Based Authentication: NetSuite 2027.1 does not allow it.',
  'Contact Act-On support: ask which connection Act-On supports for NetSuite accounts on 2027.1 or later, and ' +
    'follow their steps.',
  "Do not give Act-On another product's Consumer Key and Secret: tokens and logins would count as that product's, " +
    'and resetting its keys would break it.',
];
const CLOSED_SENTENCE =
  'This account runs NetSuite 2027.1: since 2027.1 a new integration record cannot use Token-Based ' +
  "Authentication, which Act-On's connector signs its SOAP requests with, and OAuth 2.0 does not serve SOAP web " +
  'services.';
const NO_TOKEN = 'No access token uses an application named ActOnTBA.';
const NO_LOGIN = 'No token login for ActOnTBA appears in the Login Audit Trail of the last 30 days.';
const ONLY_OTHER_RECORD =
  'The only integration record in Manage Integrations is not named ActOnTBA (ignoring case and spaces).';
const RENAME_TO_ACTON_INTEGRATION =
  'If Act-On\'s integration is "Act-On Integration", run this audit again with that name as the integration name ' +
  '(request parameter "integration"), or rename the record to ActOnTBA at Setup > Integration > Manage ' +
  'Integrations.';
const LOOK_FOR = 'Go to Setup > Integration > Manage Integrations and look for a record named ActOnTBA';

/** No ActOnTBA record, token or login anywhere; the given facts replaced. */
function withoutActOn(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return aSnapshot({
    integrations: allRows([SUITECLOUD_INTEGRATION]),
    tokens: allRows([]),
    loginAttempts: allRows([]),
    ...overrides,
  });
}

function onRelease(version: string, accountId = '1234567', envType = 'PRODUCTION'): Pick<AccountSnapshot, 'account'> {
  return { account: { accountId, envType, version } };
}

function recordCheck(snapshot: AccountSnapshot, integrationName = 'ActOnTBA'): CheckResult {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest({ integrationName })), 'integration.record');
}

function stateCheck(snapshot: AccountSnapshot): CheckResult {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state');
}

function summaryOf(check: CheckResult): string | undefined {
  return 'summary' in check ? check.summary : undefined;
}

function navigationOf(check: CheckResult): string | undefined {
  return 'fix' in check && check.fix !== undefined ? check.fix.navigation : undefined;
}

/** Other products' applications seen on tokens, `count` of them with one token each. */
function otherProducts(count: number): TokenApplicationFact[] {
  return Array.from({ length: count }, (_, index) => ({
    applicationId: 200 + index,
    applicationName: `Partner ${index + 1}`,
    tokenCount: 1,
  }));
}

function tokenApplications(rows: readonly TokenApplicationFact[]): Probe<BoundedList<TokenApplicationFact>> {
  return allRows(rows);
}

describe('integration.record when a source proves the record', () => {
  it("names the token application's exact token count when only the list of applications shows the integration", () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      tokens: allRows([]),
      loginAttempts: allRows([]),
      tokenApplications: tokenApplications([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 2 }]),
    });

    const check = recordCheck(snapshot);

    expect(check.status).toBe('pass');
    expect(check.evidence[0]).toBe('The application ActOnTBA (id 12) has 2 access tokens.');
  });

  it('names the login application as the Login Audit Trail spells it, not as the audit was asked', () => {
    const snapshot = aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, tokens: allRows([]) });

    const check = recordCheck(snapshot, 'acton tba');

    expect(check.evidence[0]).toBe('The Login Audit Trail shows 1 token login for ActOnTBA in the last 30 days.');
  });

  it('names the requested integration for a login NetSuite wrote without an application but with its token', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      loginAttempts: allRows([aLoginAttempt({ applicationName: null })]),
    });

    expect(recordCheck(snapshot, 'acton tba').evidence).toContain(
      'The Login Audit Trail shows 1 token login for acton tba in the last 30 days.',
    );
  });

  it('gives no keep-this-record advice when the release cannot be read, only the proof', () => {
    const check = recordCheck(aSnapshot(onRelease('unknown')));

    expect(check.status).toBe('pass');
    expect(check.evidence).toEqual([
      'Manage Integrations lists the integration ActOnTBA (id 12).',
      'The application ActOnTBA has 1 access token.',
      'The Login Audit Trail shows 1 token login for ActOnTBA in the last 30 days.',
    ]);
  });
});

describe('integration.record when the whole record list lacks the name on 2026.2', () => {
  it('fails, saying where the name was looked for, with no suggestion when nothing is near', () => {
    const check = recordCheck(withoutActOn());

    expect(check.status).toBe('fail');
    expect(check.evidence).toEqual([ONLY_OTHER_RECORD, NO_TOKEN, NO_LOGIN]);
  });

  it('sums the absence up without a question when nothing is near', () => {
    expect(summaryOf(recordCheck(withoutActOn()))).toBe('There is no integration record named ActOnTBA');
  });

  it('asks to create it now, before 2027.1, then gives the catalogue steps, linking only to Manage Integrations', () => {
    const check = recordCheck(withoutActOn());

    expect(fixStepsOf(check)).toEqual([CREATE_NOW, ...CATALOGUE_STEPS]);
    expect(linksOf(check)).toEqual([MANAGE_INTEGRATIONS]);
  });

  it('says the account lists no integration records at all when the list is empty', () => {
    expect(recordCheck(withoutActOn({ integrations: allRows([]) })).evidence[0]).toBe(
      'Manage Integrations lists no integration records at all.',
    );
  });

  it('says none of the records is named so when two other records are listed', () => {
    expect(
      recordCheck(
        withoutActOn({
          integrations: allRows([SUITECLOUD_INTEGRATION, anIntegration({ id: 40, name: 'Partner Sync' })]),
        }),
      ).evidence[0],
    ).toBe('None of the 2 integration records in Manage Integrations is named ActOnTBA (ignoring case and spaces).');
  });
});

describe('integration.record when only a near name exists', () => {
  /** The record was created as "Act-On Integration"; only Manage Integrations lists it. */
  const nearRecordOnly = () =>
    withoutActOn({ integrations: allRows([ACTON_INTEGRATION_RECORD, SUITECLOUD_INTEGRATION]) });

  it('suggests the near name read from the record list alone', () => {
    expect(recordCheck(nearRecordOnly()).evidence).toEqual([
      'None of the 2 integration records in Manage Integrations is named ActOnTBA (ignoring case and spaces).',
      NO_TOKEN,
      NO_LOGIN,
      'Did you mean "Act-On Integration"?',
    ]);
  });

  it('asks the question in the summary', () => {
    expect(summaryOf(recordCheck(nearRecordOnly()))).toBe(
      'There is no integration record named ActOnTBA (did you mean "Act-On Integration"?)',
    );
  });

  it('offers to rename or re-run first, otherwise to create the record now', () => {
    expect(fixStepsOf(recordCheck(nearRecordOnly()))).toEqual([
      RENAME_TO_ACTON_INTEGRATION,
      'Otherwise create the record:',
      CREATE_NOW,
      ...CATALOGUE_STEPS,
    ]);
  });

  it("links to the near record's own page", () => {
    expect(linksOf(recordCheck(nearRecordOnly()))).toEqual([
      '/app/common/integration/integrapp.nl?id=15',
      MANAGE_INTEGRATIONS,
    ]);
  });

  it("links to the near application's record, not to another record listed before it", () => {
    const snapshot = withoutActOn({
      tokenApplications: tokenApplications([
        { applicationId: 15, applicationName: 'Act-On Integration', tokenCount: 1 },
      ]),
    });

    expect(linksOf(recordCheck(snapshot))).toEqual(['/app/common/integration/integrapp.nl?id=15', MANAGE_INTEGRATIONS]);
  });

  it('gives no record link for a near name seen only in the Login Audit Trail, which carries no id', () => {
    const snapshot = withoutActOn({
      loginAttempts: allRows([aFailedLogin('InvalidSignature', { applicationName: 'ActOn TBA Prod' })]),
    });

    const check = recordCheck(snapshot);

    expect(check.evidence).toContain('Did you mean "ActOn TBA Prod"?');
    expect(linksOf(check)).toEqual([MANAGE_INTEGRATIONS]);
  });
});

describe('integration.record when a login names no application', () => {
  it('suggests no name from a refused login NetSuite wrote without an application', () => {
    const refusedUnknownKey = aFailedLogin('consumer_key_unknown', {
      applicationName: null,
      tokenName: null,
      userId: null,
      userName: null,
      roleId: null,
      roleName: null,
    });

    const check = recordCheck(withoutActOn({ loginAttempts: allRows([refusedUnknownKey]) }));

    expect(check.status).toBe('fail');
    expect(check.evidence).toEqual([ONLY_OTHER_RECORD, NO_TOKEN, NO_LOGIN]);
  });
});

describe('integration.record in an account copied from production', () => {
  it('in a sandbox, says what a refresh copies, so the missing record is not blamed on it', () => {
    const check = recordCheck(withoutActOn(onRelease('2026.2', '1234567_SB1', 'SANDBOX')));

    expect(check.evidence).toEqual([
      ONLY_OTHER_RECORD,
      NO_TOKEN,
      NO_LOGIN,
      "This is a sandbox: a refresh copies the integration record's settings from production but not its access " +
        'tokens, so after each refresh Act-On needs a new token here. A record missing here was missing in ' +
        'production at the last refresh, or was deleted here since.',
    ]);
  });

  it('in a Release Preview account, says the same of its refresh', () => {
    const check = recordCheck(withoutActOn(onRelease('2026.2', '1234567_RP', 'BETA')));

    expect(check.evidence[3]).toBe(
      "This is a Release Preview account: a refresh copies the integration record's settings from production but " +
        'not its access tokens, so after each refresh Act-On needs a new token here. A record missing here was ' +
        'missing in production at the last refresh, or was deleted here since.',
    );
  });
});

describe('integration.record when the release cannot be read', () => {
  it('fails on a whole list lacking the name without asking to create it before a release', () => {
    const check = recordCheck(withoutActOn(onRelease('unknown')));

    expect(check.status).toBe('fail');
    expect(fixStepsOf(check)).toEqual(CATALOGUE_STEPS);
  });

  it('asks to look for the record, then gives the catalogue steps, when the list was cut', () => {
    const check = recordCheck(
      withoutActOn({ ...onRelease('unknown'), integrations: firstRowsOfMore([SUITECLOUD_INTEGRATION]) }),
    );

    expect(fixStepsOf(check)).toEqual([`${LOOK_FOR}; if there is none, create it:`, ...CATALOGUE_STEPS]);
  });
});

describe('integration.record from 2027.1, when the whole record list lacks the name', () => {
  it('fails, saying where the name was looked for and why no new TBA record can be made', () => {
    const check = recordCheck(withoutActOn({ ...onRelease('2027.1'), tokenApplications: null }));

    expect(check.status).toBe('fail');
    expect(check.evidence).toEqual([ONLY_OTHER_RECORD, NO_TOKEN, NO_LOGIN, CLOSED_SENTENCE]);
  });

  it('sends the person to Act-On instead of asking for a new TBA record', () => {
    const check = recordCheck(withoutActOn({ ...onRelease('2027.1'), tokenApplications: null }));

    expect(fixStepsOf(check)).toEqual(CLOSED_STEPS);
    expect(navigationOf(check)).toBe('Setup > Integration > Manage Integrations');
  });

  it('names no other product when the list of applications was read and shows none', () => {
    expect(
      recordCheck(withoutActOn({ ...onRelease('2027.1'), tokenApplications: tokenApplications([]) })).evidence,
    ).toEqual([ONLY_OTHER_RECORD, NO_TOKEN, NO_LOGIN, CLOSED_SENTENCE]);
  });

  it('names no other product when the list of applications cannot be read', () => {
    const snapshot = withoutActOn({
      ...onRelease('2027.1'),
      tokenApplications: unreadable('Permission Violation: you need the Access Tokens permission'),
    });

    expect(recordCheck(snapshot).evidence).toEqual([ONLY_OTHER_RECORD, NO_TOKEN, NO_LOGIN, CLOSED_SENTENCE]);
  });

  it("names the other products that use TBA, with their token counts, as not Act-On's", () => {
    const snapshot = withoutActOn({
      ...onRelease('2027.1'),
      tokenApplications: tokenApplications([
        { applicationId: 4, applicationName: 'SuiteCloud Development Integration', tokenCount: 1 },
        { applicationId: 31, applicationName: 'Celigo integrator.io', tokenCount: 3 },
      ]),
    });

    expect(recordCheck(snapshot).evidence[4]).toBe(
      'Integrations that already use Token-Based Authentication in this account: SuiteCloud Development ' +
        'Integration (1 token), Celigo integrator.io (3 tokens). They belong to other products: their keys and ' +
        "tokens are not Act-On's to use.",
    );
  });

  it('leaves out an application whose tokens are all gone, and an application of the requested name without tokens', () => {
    const snapshot = withoutActOn({
      ...onRelease('2027.1'),
      tokenApplications: tokenApplications([
        { applicationId: 31, applicationName: 'Celigo integrator.io', tokenCount: 3 },
        { applicationId: 32, applicationName: 'Old Partner', tokenCount: 0 },
        { applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 0 },
      ]),
    });

    expect(recordCheck(snapshot).evidence[4]).toBe(
      'Integrations that already use Token-Based Authentication in this account: Celigo integrator.io (3 tokens). ' +
        "They belong to other products: their keys and tokens are not Act-On's to use.",
    );
  });

  it('names exactly ten other products without a remainder', () => {
    const snapshot = withoutActOn({ ...onRelease('2027.1'), tokenApplications: tokenApplications(otherProducts(10)) });

    expect(recordCheck(snapshot).evidence[4]).toBe(
      'Integrations that already use Token-Based Authentication in this account: Partner 1 (1 token), Partner 2 ' +
        '(1 token), Partner 3 (1 token), Partner 4 (1 token), Partner 5 (1 token), Partner 6 (1 token), Partner 7 ' +
        '(1 token), Partner 8 (1 token), Partner 9 (1 token), Partner 10 (1 token). They belong to other products: ' +
        "their keys and tokens are not Act-On's to use.",
    );
  });

  it('names the first ten of twelve other products and counts the two more', () => {
    const snapshot = withoutActOn({ ...onRelease('2027.1'), tokenApplications: tokenApplications(otherProducts(12)) });

    expect(recordCheck(snapshot).evidence[4]).toBe(
      'Integrations that already use Token-Based Authentication in this account: Partner 1 (1 token), Partner 2 ' +
        '(1 token), Partner 3 (1 token), Partner 4 (1 token), Partner 5 (1 token), Partner 6 (1 token), Partner 7 ' +
        '(1 token), Partner 8 (1 token), Partner 9 (1 token), Partner 10 (1 token), and 2 more. They belong to ' +
        "other products: their keys and tokens are not Act-On's to use.",
    );
  });
});

describe('integration.record when the record list was cut at its bound', () => {
  it('on 2026.2, asks to look for the record, else to create it now, as a manual check', () => {
    const check = recordCheck(withoutActOn({ integrations: firstRowsOfMore([SUITECLOUD_INTEGRATION]) }));

    expect(check.status).toBe('manual');
    expect(fixStepsOf(check)).toEqual([`${LOOK_FOR}; if there is none, create it:`, CREATE_NOW, ...CATALOGUE_STEPS]);
  });

  it('on 2026.2 with a near name, offers the rename first, then the look', () => {
    const check = recordCheck(withoutActOn({ integrations: firstRowsOfMore([ACTON_INTEGRATION_RECORD]) }));

    expect(fixStepsOf(check)).toEqual([
      RENAME_TO_ACTON_INTEGRATION,
      `${LOOK_FOR}; if there is none, create it:`,
      CREATE_NOW,
      ...CATALOGUE_STEPS,
    ]);
  });

  it('on 2027.1, asks to look for the record and re-run with its exact name, else to turn to Act-On', () => {
    const check = recordCheck(
      withoutActOn({ ...onRelease('2027.1'), integrations: firstRowsOfMore([SUITECLOUD_INTEGRATION]) }),
    );

    expect(check.status).toBe('manual');
    expect(fixStepsOf(check)).toEqual([
      `${LOOK_FOR}; if there is one, run this audit again with its exact name. If there is none:`,
      ...CLOSED_STEPS,
    ]);
    expect(navigationOf(check)).toBe('Setup > Integration > Manage Integrations');
  });

  it('on 2027.1 with a near name, offers the rename first and links to the near record', () => {
    const check = recordCheck(
      withoutActOn({ ...onRelease('2027.1'), integrations: firstRowsOfMore([ACTON_INTEGRATION_RECORD]) }),
    );

    expect(fixStepsOf(check)).toEqual([
      RENAME_TO_ACTON_INTEGRATION,
      `${LOOK_FOR}; if there is one, run this audit again with its exact name. If there is none:`,
      ...CLOSED_STEPS,
    ]);
    expect(linksOf(check)).toEqual(['/app/common/integration/integrapp.nl?id=15', MANAGE_INTEGRATIONS]);
  });
});

describe('integration.record when sources cannot be read', () => {
  const TOKENS_REFUSED = unreadable('Permission Violation: you need the Access Tokens permission');
  const LOGINS_REFUSED = unreadable('Permission Violation: you need the Login Audit Trail permission');

  it('is unknown when the record list, the tokens and the Login Audit Trail all cannot be read, quoting each reason', () => {
    const check = recordCheck(
      withoutActOn({
        integrations: INTEGRATION_TABLE_UNAVAILABLE,
        tokens: TOKENS_REFUSED,
        loginAttempts: LOGINS_REFUSED,
      }),
    );

    expect(check.status).toBe('unknown');
    expect(check.evidence).toEqual([
      "The list of integration records could not be read: Search error: table 'integration' is not available " +
        '(INVALID_SEARCH_TYPE).',
      'The access tokens could not be read: Permission Violation: you need the Access Tokens permission.',
      'The Login Audit Trail could not be read: Permission Violation: you need the Login Audit Trail permission.',
    ]);
  });

  it('asks a person to look when only the tokens, besides the record list, cannot be read', () => {
    expect(
      recordCheck(withoutActOn({ integrations: INTEGRATION_TABLE_UNAVAILABLE, tokens: TOKENS_REFUSED })).status,
    ).toBe('manual');
  });

  it('asks a person to look when only the Login Audit Trail, besides the record list, cannot be read', () => {
    expect(
      recordCheck(withoutActOn({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: LOGINS_REFUSED })).status,
    ).toBe('manual');
  });
});

describe('integration.state reads the record that decides', () => {
  it('reads the record the tokens point at even when another record of the name is listed first', () => {
    const snapshot = aSnapshot({
      integrations: allRows([
        anIntegration({ id: 12, state: 'ENABLED' }),
        anIntegration({ id: 30, name: 'actontba', state: 'BLOCKED' }),
      ]),
      tokens: allRows([aToken({ applicationId: 30, applicationName: 'actontba' })]),
    });

    expect(stateCheck(snapshot).status).toBe('fail');
  });

  it('without tokens, reads the Enabled one of two records of the name, whichever comes first', () => {
    const snapshot = aSnapshot({
      integrations: allRows([
        anIntegration({ id: 30, name: 'actontba', state: 'BLOCKED' }),
        anIntegration({ id: 12, state: 'ENABLED' }),
      ]),
      tokens: allRows([]),
    });

    const check = stateCheck(snapshot);

    expect(check.status).toBe('pass');
    expect(check.evidence).toEqual(['The integration ActOnTBA (id 12) is Enabled.']);
  });

  it('reads a displayed state with spaces around it', () => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state: '1', stateName: ' Enabled ' })]),
      loginAttempts: allRows([]),
    });

    expect(stateCheck(snapshot).status).toBe('pass');
  });
});

describe('integration.state quotes a state it does not recognise', () => {
  function quotedFor(state: string | null, stateName: string | null): string | undefined {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state, stateName })]),
      loginAttempts: allRows([]),
    });
    return stateCheck(snapshot).evidence[0];
  }

  it('says NetSuite gave no state when the record has none', () => {
    expect(quotedFor(null, null)).toBe('NetSuite gave no state for the integration ActOnTBA (id 12).');
  });

  it('quotes a displayed state alone when nothing is stored', () => {
    expect(quotedFor(null, 'Pending')).toBe(
      'The integration ActOnTBA (id 12) has the state "Pending", which this audit does not recognise.',
    );
  });

  it('quotes a stored state alone when nothing is displayed', () => {
    expect(quotedFor('7', null)).toBe(
      'The integration ActOnTBA (id 12) has the state "7", which this audit does not recognise.',
    );
  });

  it('quotes a state once when the displayed and stored forms are the same', () => {
    expect(quotedFor('Pending', 'Pending')).toBe(
      'The integration ActOnTBA (id 12) has the state "Pending", which this audit does not recognise.',
    );
  });
});

describe('integration.state from the Login Audit Trail when the record list cannot be read', () => {
  it('passes on an older success when the latest login failed for another reason than a Blocked integration', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      loginAttempts: allRows([
        aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
        aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
      ]),
    });

    expect(stateCheck(snapshot).status).toBe('pass');
  });
});
