/**
 * What each Login Audit Trail "Detail" value of a failed token login means, and how to fix it.
 * A data table: NetSuite's detail values (RESTlets and SOAP/REST web services spell some of them
 * differently; all spellings are listed) with a cause and fix steps in NetSuite's menu words.
 * Values are matched ignoring case, spaces, hyphens and underscores, so "Nonce used",
 * "nonce_used" and "NonceUsed" are one entry. Unknown values get a fallback, never an error.
 */
import { NETSUITE_PAGES } from './catalogue';
import type { FixLink } from './report';

/** One known detail value (and its other spellings) with its cause and fix. */
export interface LoginDetailEntry {
  /** The spelling shown in reports. */
  readonly detail: string;
  /** Every spelling NetSuite writes for it, the shown one included. */
  readonly spellings: readonly string[];
  readonly cause: string;
  readonly steps: readonly string[];
  readonly links: readonly FixLink[];
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
  readonly steps: readonly string[];
  readonly links: readonly FixLink[];
}

const ENABLE_FEATURES: FixLink = { label: 'Enable Features', href: NETSUITE_PAGES.enableFeatures };
const MANAGE_INTEGRATIONS: FixLink = { label: 'Manage Integrations', href: NETSUITE_PAGES.manageIntegrations };
const ACCESS_TOKENS: FixLink = { label: 'Access Tokens', href: NETSUITE_PAGES.accessTokens };
const MANAGE_ROLES: FixLink = { label: 'Manage Roles', href: NETSUITE_PAGES.manageRoles };
const EMPLOYEES: FixLink = { label: 'Employees', href: NETSUITE_PAGES.employees };

const RE_ENTER_IN_ACTON =
  'In Act-On, go to Settings > Connectors > CRM > NetSuite and enter the Account ID, Consumer Key, Consumer ' +
  'Secret, Token ID and Token Secret again, pasting each value without spaces.';

export const LOGIN_DETAIL_TABLE: readonly LoginDetailEntry[] = [
  {
    detail: 'FeatureDisabled',
    spellings: ['FeatureDisabled'],
    cause: 'The Token-Based Authentication feature is off, so NetSuite refuses every token login.',
    steps: [
      'Go to Setup > Company > Enable Features > SuiteCloud and check Token-Based Authentication under Manage ' +
        'Authentication; click Save.',
    ],
    links: [ENABLE_FEATURES],
    beforeIntegrationKnown: true,
  },
  {
    detail: 'consumer_key_unknown',
    spellings: ['consumer_key_unknown', 'UnknownIntegration'],
    cause:
      'No integration record has the Consumer Key Act-On sent: the key was mistyped, the record was deleted, or ' +
      '(in a sandbox) the record was not copied by the last refresh.',
    steps: [
      "Compare the Consumer Key in Act-On's NetSuite connector with the integration record's; NetSuite shows it " +
        'only once, so if it is lost, open the record at Setup > Integration > Manage Integrations, click Edit, ' +
        'then Reset Credentials, and enter the new key and secret in Act-On (anything else using this record needs ' +
        'them too).',
      'If no record exists for Act-On, create one at Setup > Integration > Manage Integrations > New.',
    ],
    links: [MANAGE_INTEGRATIONS],
    beforeIntegrationKnown: true,
  },
  {
    detail: 'consumer_key_refused',
    spellings: ['consumer_key_refused', 'IntegrationBlocked'],
    cause: 'The integration record is Blocked, so NetSuite refuses its Consumer Key.',
    steps: [
      'Go to Setup > Integration > Manage Integrations, open the Act-On integration, click Edit, set State to ' +
        'Enabled and click Save.',
    ],
    links: [MANAGE_INTEGRATIONS],
    beforeIntegrationKnown: true,
  },
  {
    detail: 'InvalidSignature',
    spellings: ['InvalidSignature', 'signature_invalid'],
    cause:
      'The request signature did not match: a Consumer or Token secret is wrong, the Account ID was typed in host ' +
      'form (hyphen or lower case) instead of 1234567_SB1 form, the request was not percent-encoded as OAuth ' +
      'requires, or it was signed with HMAC-SHA1 instead of HMAC-SHA256.',
    steps: [
      "Type the Account ID into Act-On exactly as this report's Account ID check shows it (upper case, underscore).",
      RE_ENTER_IN_ACTON,
      'If it still fails, create a new access token at Setup > Users/Roles > Access Tokens > New and enter its ' +
        'Token ID and Secret in Act-On.',
    ],
    links: [ACCESS_TOKENS],
  },
  {
    detail: 'InvalidTimestamp',
    spellings: ['InvalidTimestamp', 'timestamp_refused'],
    cause: "The request's timestamp was more than five minutes away from NetSuite's clock.",
    steps: [
      "This comes from the caller's clock, not from NetSuite's settings: if it persists, ask Act-On support to " +
        'check the time on their side (or fix the clock of any middleware that signs requests for Act-On).',
    ],
    links: [],
  },
  {
    detail: 'NonceUsed',
    spellings: ['NonceUsed', 'nonce_used', 'Nonce used'],
    cause: 'The same nonce and timestamp were sent twice, which NetSuite refuses as a replayed request.',
    steps: [
      'A single occurrence is usually a retried request and needs no action; if it repeats, report it to Act-On ' +
        'support: every request must carry a new nonce.',
    ],
    links: [],
  },
  {
    detail: 'nonce_rejected',
    spellings: ['nonce_rejected', 'NonceRejected'],
    cause: 'The nonce was shorter than NetSuite accepts (at least six characters).',
    steps: ["Report it to Act-On support: it comes from the signing software, not from NetSuite's settings."],
    links: [],
  },
  {
    detail: 'InvalidToken',
    spellings: ['InvalidToken', 'token_rejected', 'token revoked'],
    cause:
      'NetSuite did not accept the Token ID: the token was revoked or made inactive, belongs to another ' +
      'integration or account, or was mistyped.',
    steps: [
      'Go to Setup > Users/Roles > Access Tokens and check that the token for the Act-On integration is neither ' +
        'Inactive nor revoked.',
      'If it is, create a new token (Home > Settings > Manage Access Tokens > New My Access Token, logged in with ' +
        'the role Act-On uses; for a Web Services Only role, whose user cannot log in to the UI, an administrator ' +
        'creates it at Setup > Users/Roles > Access Tokens > New) and enter its Token ID and Secret in Act-On.',
    ],
    links: [ACCESS_TOKENS],
  },
  {
    detail: 'EntityOrRoleDisabled',
    spellings: ['EntityOrRoleDisabled'],
    cause:
      "The token's user or role can no longer log in: the employee is inactive or lost Give Access, the role is " +
      'inactive, or the role was removed from the employee after the token was issued.',
    steps: [
      "Go to Lists > Employees > Employees, edit the token's employee and, on the Access subtab, check Give " +
        "Access and make sure the token's role is still in the Roles list.",
      'Go to Setup > Users/Roles > Manage Roles and make sure the role is not Inactive.',
    ],
    links: [EMPLOYEES, MANAGE_ROLES],
  },
  {
    detail: 'MissingTokenPassportRequiredFields',
    spellings: ['MissingTokenPassportRequiredFields', 'MissingRequiredParameter'],
    cause:
      'The request lacked a required part of the token signature (account, consumer key, token, nonce, timestamp ' +
      'or signature).',
    steps: [RE_ENTER_IN_ACTON, 'If it persists, report it to Act-On support with the time of the failed login.'],
    links: [],
  },
  {
    detail: 'InvalidLoginAttempt',
    spellings: ['InvalidLoginAttempt', 'Invalid Login Attempt', 'INVALID_LOGIN_ATTEMPT'],
    cause: 'NetSuite recorded a refused login without a more specific reason.',
    steps: [
      'Work through the failing checks of this report first: features, integration state, token, role and user.',
      "Type the Account ID into Act-On exactly as this report's Account ID check shows it, then enter the four " +
        'keys again.',
    ],
    links: [ACCESS_TOKENS],
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
    steps: entry.steps,
    links: entry.links,
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
      cause: 'NetSuite recorded the failure without a Detail value.',
      steps: [
        'Open the Login Audit Trail, find the failed login by its date and look at its other columns (Request ' +
          'URI, IP Address) for a clue.',
      ],
      links: [],
    };
  }
  return {
    key,
    detail: raw,
    known: false,
    cause: `This audit does not recognise the detail "${raw}".`,
    steps: [
      `Look up "${raw}" in NetSuite's Help Center under Token-based Authentication troubleshooting, and work ` +
        `through the failing checks of this report.`,
    ],
    links: [],
  };
}

/** True for a detail NetSuite writes before it knows the integration (the row then names none). */
export function isRefusedBeforeIntegrationKnown(detail: string | null): boolean {
  return detail !== null && ENTRY_BY_KEY.get(detailKey(detail))?.beforeIntegrationKnown === true;
}
