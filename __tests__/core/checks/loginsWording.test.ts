import { checkDefinition } from '../../../src/core/catalogue';
import type { Finding, FindingData } from '../../../src/core/checks/define';
import { sentence, wordedFix } from '../../../src/core/checks/wording';

const recent = checkDefinition('login.recent');
const ipRules = checkDefinition('login.ip-address-rules');

function said(id: string, data: FindingData = {}, definition = recent): string {
  const finding: Finding = { id, data };
  return sentence(definition, finding);
}

/** Ada Admin's token login as Administrator, as the Login Audit Trail recorded it. */
const ADA = {
  at: '2026-11-26T10:00:00Z',
  attribution: 'name',
  tokenName: 'ActOnTBA Ada Admin Administrator',
  userId: 7,
  userName: 'Ada Admin',
  roleId: 3,
  roleName: 'Administrator',
};

describe('login.recent, in words', () => {
  it('says no login failed because none was made, which is expected before Act-On is connected', () => {
    expect(said('noLogins', { integrationName: 'ActOnTBA' })).toBe(
      'No token login for ActOnTBA failed in the last 30 days, because none was made: that is expected until ' +
        'Act-On is connected; once it is, its logins show here.',
    );
  });

  it('names the latest successful login with its token, user and role', () => {
    expect(said('latestSucceeded', ADA)).toBe(
      'The latest token login, on 26 Nov 2026, 10:00 UTC, succeeded (token ActOnTBA Ada Admin Administrator, user ' +
        'Ada Admin (id 7), role Administrator (id 3)).',
    );
  });

  it('names nothing after "succeeded" when the row recorded only the application', () => {
    expect(said('latestSucceeded', { ...ADA, tokenName: null, userId: null, roleId: null })).toBe(
      'The latest token login, on 26 Nov 2026, 10:00 UTC, succeeded.',
    );
  });

  it('counts the failures before a success, as a lower bound when the trail was cut', () => {
    expect(said('failedBefore', { count: 1, complete: false })).toBe(
      'At least 1 failed token login came before it in the last 30 days.',
    );
  });

  it('names the latest failure by its shown detail, and how a row without application was tied to Act-On', () => {
    expect(
      said('latestFailed', { ...ADA, attribution: 'token', userId: null, roleId: null, detail: 'token_rejected' }),
    ).toBe(
      'The latest token login, on 26 Nov 2026, 10:00 UTC, failed with "InvalidToken" (no application recorded; it ' +
        'is tied to the integration by its token, token ActOnTBA Ada Admin Administrator).',
    );
  });

  it("says a row tied by the token's user and role, or refused before the integration was known, was", () => {
    expect(
      said('latestFailed', { ...ADA, attribution: 'user-role', tokenName: null, detail: 'InvalidSignature' }),
    ).toContain(
      "(no application recorded; it is tied to the integration by its token's user and role, user Ada Admin (id 7)",
    );
    expect(said('latestFailed', { ...ADA, attribution: 'before-integration', detail: 'FeatureDisabled' })).toContain(
      '(no application recorded, as NetSuite refused it before knowing the integration, token',
    );
  });

  it('says where the failures start', () => {
    expect(said('lastSuccess', { at: '2026-11-20T09:00:00Z' })).toBe(
      'The last successful token login was on 20 Nov 2026, 09:00 UTC.',
    );
    expect(said('noSuccess')).toBe('No token login succeeded in the last 30 days.');
    expect(said('noSuccessInRowsRead', { rows: 3 })).toBe(
      'None of the 3 most recent token logins succeeded; older ones of the last 30 days were not read.',
    );
  });

  it('explains a group of failures by its cause from the Login Audit Trail detail table', () => {
    expect(said('failures', { detail: 'Nonce used', count: 2, complete: false, lastAt: '2026-11-26T09:00:00Z' })).toBe(
      '"NonceUsed": at least 2 times, last on 26 Nov 2026, 09:00 UTC. The same nonce and timestamp were sent ' +
        'twice, which NetSuite refuses as a replayed request.',
    );
  });

  it("says failures naming nothing of the integration may be Act-On's", () => {
    expect(said('unattributed', { count: 1, integrationName: 'ActOnTBA' })).toBe(
      '1 failed token login names no application, and neither a token nor a user and role of ActOnTBA; they may ' +
        "be Act-On's: the Login Audit Trail shows their user and IP address.",
    );
  });

  it('names the permission reading the trail needs', () => {
    expect(said('permissionNeeded', { permission: 'View Login Audit Trail' })).toBe(
      'Reading it needs the View Login Audit Trail permission (the Administrator role has it).',
    );
  });

  it('sums up a failure with no success since, and failures before a success', () => {
    expect(said('latestFailedSummary', { integrationName: 'ActOnTBA', at: ADA.at, detail: 'InvalidSignature' })).toBe(
      'The latest token login for ActOnTBA, on 26 Nov 2026, 10:00 UTC, failed with "InvalidSignature", and none ' +
        'succeeded since',
    );
    expect(said('earlierFailuresSummary', { count: 2, complete: true, at: ADA.at })).toBe(
      '2 token logins failed in the last 30 days before the latest one, on 26 Nov 2026, 10:00 UTC, succeeded',
    );
  });

  it("asks Act-On's administrator to type this account's Account ID, never the host form", () => {
    const fix = wordedFix(recent, { id: 'reEnterInActOn', data: { accountId: '1234567_SB1' }, records: [] });

    expect([fix.title, fix.navigation, fix.owner, fix.links]).toEqual([
      'Type the Account ID and the four keys into Act-On again',
      'Act-On: Settings > Connectors > CRM > NetSuite',
      'acton-admin',
      [],
    ]);
    expect(fix.steps[0]).toBe(
      'In Act-On, go to Settings > Connectors > CRM > NetSuite and type the Account ID as 1234567_SB1, exactly so ' +
        '(upper case, with an underscore, never the host form with a hyphen).',
    );
  });

  it("gives a revoked token's Web Services Only user, who cannot open Manage Access Tokens, the administrator's page", () => {
    expect(wordedFix(recent, { id: 'newToken', data: {}, records: [] }).steps.join(' ')).toContain(
      'for a Web Services Only role, whose user cannot log in to the UI, an administrator creates it at Setup > ' +
        'Users/Roles > Access Tokens > New',
    );
  });

  it('names the permission the auditing role lacks when the trail could not be read, and never a creation page', () => {
    const fix = wordedFix(recent, { id: 'findOutLogins', data: { permission: 'View Login Audit Trail' }, records: [] });

    expect(fix.steps[0]).toContain('give the role that runs the audit the View Login Audit Trail permission');
    expect([fix.owner, fix.navigation]).toEqual([
      'consultant',
      'Setup > Users/Roles > User Management > View Login Audit Trail',
    ]);
  });
});

describe('login.ip-address-rules, in words', () => {
  it('says rules that are off refuse nothing', () => {
    expect(said('rulesOff', { feature: 'IPADDRESSRULES' }, ipRules)).toBe(
      "NetSuite reports feature IPADDRESSRULES as not in effect: no address rule can refuse Act-On's requests.",
    );
  });

  it("says rules that are on let Act-On in when its logins succeeded, whether or not the feature's state was read", () => {
    expect(said('rulesLetIn', { feature: 'IPADDRESSRULES', featureRead: true, successes: 2 }, ipRules)).toBe(
      "NetSuite reports feature IPADDRESSRULES as in effect, and whatever the company's and the token user's " +
        'address rules say, they let Act-On in: 2 token logins of Act-On succeeded in the last 30 days.',
    );
    expect(said('rulesLetIn', { feature: 'IPADDRESSRULES', featureRead: false, successes: 1 }, ipRules)).toMatch(
      /^Whatever the company's .* 1 token login of Act-On succeeded/,
    );
  });

  it('says rules that are on may refuse Act-On while no login proves otherwise, and that scripts cannot read them', () => {
    expect(said('rulesUnproven', { feature: 'IPADDRESSRULES' }, ipRules)).toBe(
      "NetSuite reports feature IPADDRESSRULES as in effect: the company's allowed addresses and the token user's " +
        "IP address restriction can refuse requests from Act-On's servers, and no successful token login of the " +
        'last 30 days shows they let it in.',
    );
    expect(said('rulesNotReadable', {}, ipRules)).toBe(
      'Scripts cannot read those rules; compare them with the addresses Act-On connects from.',
    );
  });

  it('lists the addresses, most used first, with their failures, and says when the trail was cut', () => {
    const addresses = [
      { address: '203.0.113.7', logins: 3, failures: 2, lastAt: '2026-11-26T09:00:00Z' },
      { address: '198.51.100.2', logins: 1, failures: 0, lastAt: '2026-11-25T09:00:00Z' },
    ];

    expect(said('addresses', { addresses, cut: true }, ipRules)).toBe(
      "Act-On's token logins of the last 30 days came from (from the most recent logins read): 203.0.113.7 (3 " +
        'logins, 2 failed, last on 26 Nov 2026, 09:00 UTC); 198.51.100.2 (1 login, last on 25 Nov 2026, 09:00 UTC).',
    );
  });

  it('counts the addresses not listed, and says when no login recorded one', () => {
    expect([said('moreAddresses', { count: 1 }, ipRules), said('moreAddresses', { count: 2 }, ipRules)]).toEqual([
      '1 more address is not listed.',
      '2 more addresses are not listed.',
    ]);
    expect(said('noAddresses', {}, ipRules)).toBe(
      'No token login of Act-On in the last 30 days recorded an IP address, so the addresses its servers use are ' +
        'not known here.',
    );
  });
});
