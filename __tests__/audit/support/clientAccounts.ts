/**
 * Client accounts for the audit tests: each one is both an account the mock NetSuite serves
 * (its integration, token and situation) and the audit target a consultant would describe.
 */
import { createHash } from 'crypto';
import { toAuditTarget } from '../../../tools/audit/auditTarget';
import type { AuditTarget } from '../../../tools/audit/auditTarget';
import type { TbaCredentials } from '../../../tools/audit/oauthSigner';
import { cannedAnswers } from '../../../tools/mocknetsuite/cannedReports';
import type { CannedSituation } from '../../../tools/mocknetsuite/cannedReports';
import type { MockAccount, MockBehaviour, MockNetSuite } from '../../../tools/mocknetsuite/mockNetSuite';

export interface ClientAccount {
  readonly name: string;
  /** As NetSuite gives it, e.g. `1234567_SB1`. */
  readonly accountId: string;
  readonly credentials: TbaCredentials;
  readonly situation: CannedSituation;
  readonly behaviour: MockBehaviour;
}

/** 64 hexadecimal characters, like the keys and secrets NetSuite issues; stable per account and role. */
function secretFor(accountId: string, role: string): string {
  return createHash('sha256').update(`${accountId}:${role}`).digest('hex');
}

export function clientAccount(
  name: string,
  accountId: string,
  situation: CannedSituation = 'ready-administrator',
  behaviour: MockBehaviour = {},
): ClientAccount {
  return {
    name,
    accountId,
    situation,
    behaviour,
    credentials: {
      consumerKey: secretFor(accountId, 'consumer key'),
      consumerSecret: secretFor(accountId, 'consumer secret'),
      tokenId: secretFor(accountId, 'token id'),
      tokenSecret: secretFor(accountId, 'token secret'),
    },
  };
}

/** The account as the mock NetSuite holds it: its integration, its one token, and the RESTlet's report. */
export function mockAccountOf(client: ClientAccount): MockAccount {
  return {
    accountId: client.accountId,
    consumer: { key: client.credentials.consumerKey, secret: client.credentials.consumerSecret },
    tokens: [{ id: client.credentials.tokenId, secret: client.credentials.tokenSecret }],
    answer: cannedAnswers(client.situation, client.accountId),
    behaviour: client.behaviour,
  };
}

/**
 * The audit target for the account, as the consultant would describe it (account id in any
 * form, the mock's RESTlet URL), with any field replaced for the test.
 */
export function targetOf(
  mock: MockNetSuite,
  client: ClientAccount,
  replaced: {
    readonly accountId?: string;
    readonly credentials?: Partial<TbaCredentials>;
    readonly realm?: string;
  } = {},
): AuditTarget {
  const built = toAuditTarget({
    name: client.name,
    accountId: replaced.accountId ?? client.accountId,
    authentication: { method: 'tba', credentials: { ...client.credentials, ...replaced.credentials } },
    restletUrl: mock.restletUrl(client.accountId),
    query: {},
  });
  if ('problem' in built) throw new Error(built.problem);
  return replaced.realm === undefined ? built.target : { ...built.target, realm: replaced.realm };
}

/** Every secret of the accounts, to check none leaks. */
export function secretsOf(clients: readonly ClientAccount[]): string[] {
  return clients.flatMap((client) => Object.values(client.credentials));
}
