/**
 * OAuth 2.0 client credentials for the audit tests: a key pair made for the test, the private
 * key written as the consultant keeps it (a PEM file), and the certificate's public key as the
 * mock NetSuite holds it after the upload.
 */
import { generateKeyPairSync } from 'crypto';
import type { KeyObject } from 'crypto';
import { chmodSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cannedAnswers } from '../../../tools/mocknetsuite/cannedReports';
import type { MockAccount } from '../../../tools/mocknetsuite/mockNetSuite';

export type KeyKind = 'ec-p256' | 'ec-p384' | 'rsa';

export interface KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export function keyPair(kind: KeyKind): KeyPair {
  if (kind === 'rsa') return generateKeyPairSync('rsa', { modulusLength: 3072 });
  return generateKeyPairSync('ec', { namedCurve: kind === 'ec-p256' ? 'prime256v1' : 'secp384r1' });
}

/** Writes the private key as a PEM file readable by its owner only; returns its path. */
export function writePrivateKey(folder: string, name: string, key: KeyObject, mode = 0o600): string {
  const file = join(folder, name);
  writeFileSync(file, key.export({ type: 'pkcs8', format: 'pem' }));
  chmodSync(file, mode);
  return file;
}

export interface OAuth2ClientAccount {
  readonly name: string;
  readonly accountId: string;
  readonly clientId: string;
  readonly certificateId: string;
  readonly keys: KeyPair;
}

export function oauth2ClientAccount(name: string, accountId: string, kind: KeyKind = 'ec-p256'): OAuth2ClientAccount {
  return {
    name,
    accountId,
    clientId: `client-${accountId}-${'c'.repeat(40)}`,
    certificateId: `cert-${accountId}`,
    keys: keyPair(kind),
  };
}

/** The account in the mock: the integration's client id and the uploaded certificate; a ready account's report. */
export function mockOAuth2AccountOf(
  client: OAuth2ClientAccount,
  behaviour: MockAccount['behaviour'] = {},
): MockAccount {
  return {
    accountId: client.accountId,
    oauth2: {
      clientId: client.clientId,
      certificates: [{ id: client.certificateId, publicKey: client.keys.publicKey }],
    },
    answer: cannedAnswers('ready-administrator', client.accountId),
    behaviour,
  };
}
