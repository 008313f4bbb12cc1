/**
 * Checks of Act-On's five values that need no network: the Account ID in the form Act-On and
 * the OAuth realm take (upper case, underscore), and the shape of the Consumer Key and Secret
 * and the Token ID and Secret. Findings name fields and forms; they never repeat a secret.
 */
import { toActOnAccountId } from '../../src/core/accountIdentity';
import type { TbaCredentials } from './oauthSigner';

export type CredentialName = keyof TbaCredentials;

/** The names Act-On's set-up page gives the values. */
export const CREDENTIAL_LABELS: ReadonlyMap<CredentialName, string> = new Map([
  ['consumerKey', 'Consumer Key'],
  ['consumerSecret', 'Consumer Secret'],
  ['tokenId', 'Token ID'],
  ['tokenSecret', 'Token Secret'],
]);

export function labelOf(name: CredentialName): string {
  return CREDENTIAL_LABELS.get(name) ?? name;
}

/** What the account id as typed says, and the form to type. */
export interface AccountIdReading {
  /** The form Act-On and the realm need, e.g. `1234567_SB1`. */
  readonly realm: string;
  /** Why the typed form is wrong, or null when it is right. */
  readonly problem: string | null;
}

export function readAccountId(typed: string): AccountIdReading {
  const value = typed.trim();
  const realm = toActOnAccountId(value);
  if (value === realm) return { realm, problem: null };
  const why = value.includes('-')
    ? 'is in the host form NetSuite uses in web addresses (with a hyphen)'
    : 'is in lower case';
  return {
    realm,
    problem:
      `The Account ID ${value} ${why}; Act-On and the signature's realm need ${realm}: type ${realm} into Act-On. ` +
      `This alone makes NetSuite refuse every login.`,
  };
}

/** NetSuite issues keys, secrets and token ids as 64 hexadecimal characters. */
const NETSUITE_VALUE = /^[0-9a-f]{64}$/i;

/** Shape notes for each value and problems between them, in field order. */
export function credentialShapeFindings(credentials: TbaCredentials): readonly string[] {
  const findings: string[] = [];
  const names = [...CREDENTIAL_LABELS.keys()];
  for (const name of names) {
    const value = credentials[name];
    if (value !== value.trim())
      findings.push(`The ${labelOf(name)} has spaces or line breaks around it: copy it again without them.`);
    else if (!NETSUITE_VALUE.test(value)) {
      const what =
        value.length !== 64 ? `is ${value.length} characters long` : 'holds characters other than 0-9 and a-f';
      findings.push(
        `The ${labelOf(name)} ${what}; NetSuite's are 64 hexadecimal characters: it may be cut short or another value.`,
      );
    }
  }
  names.forEach((first, index) => {
    for (const second of names.slice(index + 1)) {
      if (credentials[first] === credentials[second])
        findings.push(
          `The ${labelOf(first)} and the ${labelOf(second)} are the same value: one of them was pasted twice.`,
        );
    }
  });
  return findings;
}

/**
 * Other readings of the values a person commonly gets wrong, tried only after NetSuite refused
 * the values as given. Only readings that send nothing but identifiers are tried: a secret is
 * used to sign and never travels in a field (swapping a key with its secret would send the
 * secret as an identifier to whatever answers). The Account ID form is not tried either: the
 * local check names it without another failed login.
 */
export interface CredentialVariant {
  /** What was changed, as advice: "the consumer pair and the token pair swapped". */
  readonly change: string;
  readonly accountId: string;
  readonly credentials: TbaCredentials;
}

export function credentialVariants(accountId: string, credentials: TbaCredentials): readonly CredentialVariant[] {
  const { consumerKey, consumerSecret, tokenId, tokenSecret } = credentials;
  return [
    {
      // The Token ID goes where the Consumer Key went and back: both are identifiers already sent; the secrets only sign.
      change: "the consumer pair and the token pair swapped (the Token ID in the Consumer Key's place)",
      accountId: accountId.trim(),
      credentials: {
        consumerKey: tokenId,
        consumerSecret: tokenSecret,
        tokenId: consumerKey,
        tokenSecret: consumerSecret,
      },
    },
  ];
}
