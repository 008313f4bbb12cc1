/**
 * What each Login Audit Trail "Detail" value of a failed token login means, and which fix it needs.
 * A data table: NetSuite's detail values (RESTlets and SOAP/REST web services spell some of them
 * differently; all spellings are listed) with a cause and the id of login.recent's fix for it.
 * Values are matched ignoring case, spaces, hyphens and underscores, so "Nonce used",
 * "nonce_used" and "NonceUsed" are one entry. Unknown values get a fallback, never an error.
 */
/**
 * The fix a failure needs, by id: login.recent's named fixes (./checks/logins) word them. A detail
 * this table does not know sends to the Login Audit Trail itself (`default`).
 */
export type LoginFailureFixId =
  | 'default'
  | 'enableTba'
  | 'matchConsumerKey'
  | 'enableIntegration'
  | 'reEnterInActOn'
  | 'newToken'
  | 'restoreUserAccess'
  | 'askActOnAboutClock'
  | 'askActOnAboutNonces';

/** One known detail value (and its other spellings) with its cause and the fix it needs. */
export interface LoginDetailEntry {
  /** The spelling shown in reports. */
  readonly detail: string;
  /** Every spelling NetSuite writes for it, the shown one included. */
  readonly spellings: readonly string[];
  readonly cause: string;
  readonly fix: LoginFailureFixId;
  /**
   * NetSuite refuses the login before it knows which integration sent it (TBA off, unknown or
   * refused consumer key), so the row names no application and concerns every integration.
   */
  readonly beforeIntegrationKnown?: true;
}

/** What a report says about one detail value. */
export interface LoginDetailExplanation {
  /** Groups spellings of one value together (known values) or equal raw values (unknown ones). */
  readonly key: string;
  /** The value as reports show it. */
  readonly detail: string;
  /** False for a value this table does not list. */
  readonly known: boolean;
  readonly cause: string;
  readonly fix: LoginFailureFixId;
}

export const LOGIN_DETAIL_TABLE: readonly LoginDetailEntry[] = [
  {
    detail: 'FeatureDisabled',
    spellings: ['FeatureDisabled'],
    cause: 'The Token-Based Authentication feature is off, so NetSuite refuses every token login.',
    fix: 'enableTba',
    beforeIntegrationKnown: true,
  },
  {
    detail: 'consumer_key_unknown',
    spellings: ['consumer_key_unknown', 'UnknownIntegration'],
    cause:
      'No integration record has the Consumer Key Act-On sent: the key was mistyped, the record was deleted, or ' +
      '(in a sandbox) the record was not copied by the last refresh.',
    fix: 'matchConsumerKey',
    beforeIntegrationKnown: true,
  },
  {
    detail: 'consumer_key_refused',
    spellings: ['consumer_key_refused', 'IntegrationBlocked'],
    cause: 'The integration record is Blocked, so NetSuite refuses its Consumer Key.',
    fix: 'enableIntegration',
    beforeIntegrationKnown: true,
  },
  {
    detail: 'InvalidSignature',
    spellings: ['InvalidSignature', 'signature_invalid'],
    cause:
      'The request signature did not match: a Consumer or Token secret is wrong, the Account ID was typed in host ' +
      'form (hyphen or lower case) instead of 1234567_SB1 form, the request was not percent-encoded as OAuth ' +
      'requires, or it was signed with HMAC-SHA1 instead of HMAC-SHA256.',
    fix: 'reEnterInActOn',
  },
  {
    detail: 'InvalidTimestamp',
    spellings: ['InvalidTimestamp', 'timestamp_refused'],
    cause: "The request's timestamp was more than five minutes away from NetSuite's clock.",
    fix: 'askActOnAboutClock',
  },
  {
    detail: 'NonceUsed',
    spellings: ['NonceUsed', 'nonce_used', 'Nonce used'],
    cause: 'The same nonce and timestamp were sent twice, which NetSuite refuses as a replayed request.',
    fix: 'askActOnAboutNonces',
  },
  {
    detail: 'nonce_rejected',
    spellings: ['nonce_rejected', 'NonceRejected'],
    cause: 'The nonce was shorter than NetSuite accepts (at least six characters).',
    fix: 'askActOnAboutNonces',
  },
  {
    detail: 'InvalidToken',
    spellings: ['InvalidToken', 'token_rejected', 'token revoked'],
    cause:
      'NetSuite did not accept the Token ID: the token was revoked or made inactive, belongs to another ' +
      'integration or account, or was mistyped.',
    fix: 'newToken',
  },
  {
    detail: 'EntityOrRoleDisabled',
    spellings: ['EntityOrRoleDisabled'],
    cause:
      "The token's user or role can no longer log in: the employee is inactive or lost Give Access, the role is " +
      'inactive, or the role was removed from the employee after the token was issued.',
    fix: 'restoreUserAccess',
  },
  {
    detail: 'MissingTokenPassportRequiredFields',
    spellings: ['MissingTokenPassportRequiredFields', 'MissingRequiredParameter'],
    cause:
      'The request lacked a required part of the token signature (account, consumer key, token, nonce, timestamp ' +
      'or signature).',
    fix: 'reEnterInActOn',
  },
  {
    detail: 'InvalidLoginAttempt',
    spellings: ['InvalidLoginAttempt', 'Invalid Login Attempt', 'INVALID_LOGIN_ATTEMPT'],
    cause: 'NetSuite recorded a refused login without a more specific reason.',
    fix: 'reEnterInActOn',
  },
];

/** The comparison form of a detail value: lower case, letters and digits only. */
export function detailKey(detail: string): string {
  return detail.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function fromEntry(entry: LoginDetailEntry): LoginDetailExplanation {
  return {
    key: detailKey(entry.detail),
    detail: entry.detail,
    known: true,
    cause: entry.cause,
    fix: entry.fix,
  };
}

/**
 * Every spelling of every TBA failure detail the table knows, as NetSuite writes them (the login
 * statement reads these).
 */
export const TBA_FAILURE_DETAIL_SPELLINGS: readonly string[] = LOGIN_DETAIL_TABLE.flatMap((entry) => entry.spellings);

/** Every spelling's comparison form, pointing at its entry (built once; the trail may hold many rows). */
const ENTRY_BY_KEY: ReadonlyMap<string, LoginDetailEntry> = new Map(
  LOGIN_DETAIL_TABLE.flatMap((entry) => entry.spellings.map((spelling) => [detailKey(spelling), entry] as const)),
);

/** The table's entry for a detail value, or a fallback that says the value is not recognised. */
export function explainLoginDetail(detail: string | null): LoginDetailExplanation {
  const raw = (detail ?? '').trim();
  const key = detailKey(raw);
  const entry = ENTRY_BY_KEY.get(key);
  if (entry !== undefined) return fromEntry(entry);
  if (key === '') {
    return {
      key: '',
      detail: '(no detail)',
      known: false,
      cause:
        'NetSuite recorded the failure without a Detail value: its other columns (Request URI, IP Address) may give ' +
        'a clue.',
      fix: 'default',
    };
  }
  return {
    key,
    detail: raw,
    known: false,
    cause:
      `This audit does not recognise the detail "${raw}": NetSuite's Help Center explains it under Token-based ` +
      'Authentication troubleshooting.',
    fix: 'default',
  };
}

/** True for a detail NetSuite writes before it knows the integration (the row then names none). */
export function isRefusedBeforeIntegrationKnown(detail: string | null): boolean {
  return detail !== null && ENTRY_BY_KEY.get(detailKey(detail))?.beforeIntegrationKnown === true;
}
