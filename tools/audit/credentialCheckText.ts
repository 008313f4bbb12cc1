/**
 * The answer of `check-credentials` in words: that the values work and exactly what to type
 * into Act-On, or that NetSuite refused them, the causes to check in order and where NetSuite
 * records the real reason. Built from a result that holds no secret.
 */
import { printableText } from '../../src/render/escape';
import type { CredentialCheckResult, LocalChecks } from './credentialCheck';
import { TIMESTAMP_TOLERANCE_SECONDS } from './credentialCheck';
import { LOGIN_AUDIT_TRAIL_PATH } from './failureRemedies';
import { timeInWords } from '../../src/core/timeWords';

/** What NetSuite's Login Audit Trail would say for each cause, in the order to check them. */
const REFUSAL_CAUSES: readonly string[] = [
  'A secret is wrong, or a key and its secret were swapped (Detail: InvalidSignature).',
  'The Token ID is wrong, or the token was revoked, made inactive or issued for another integration (Detail: ' +
    'InvalidToken).',
  'The Consumer Key is wrong (Detail: UnknownIntegration or consumer_key_unknown), or the integration record is ' +
    'Blocked (consumer_key_refused).',
  'Token-Based Authentication is off in the account (Detail: FeatureDisabled).',
  "The token's user lost access or its role, or the role is inactive (Detail: EntityOrRoleDisabled); the role " +
    'also needs SOAP Web Services.',
];

function clockLine(skewSeconds: number | null): string[] {
  if (skewSeconds === null || Math.abs(skewSeconds) <= TIMESTAMP_TOLERANCE_SECONDS) return [];
  const direction = skewSeconds > 0 ? 'ahead of' : 'behind';
  return [
    `This machine's clock is ${Math.abs(skewSeconds)} s ${direction} NetSuite's: NetSuite refuses a signature ` +
      `more than ${TIMESTAMP_TOLERANCE_SECONDS / 60} minutes off. Set the clock right (NTP) and check again.`,
  ];
}

function localLines(local: LocalChecks): string[] {
  const findings = [...(local.accountIdProblem === null ? [] : [local.accountIdProblem]), ...local.shapeFindings];
  return findings.length === 0
    ? ['Local checks: the Account ID form and the shape of the four values look right.']
    : ['Local checks found:', ...findings.map((finding) => `  - ${finding}`)];
}

/** What to type into Act-On: the Account ID in full, the other four by where they come from (never their values). */
function whatToType(realm: string, correction: string | null): string[] {
  return [
    'Type into Act-On:',
    `  Account ID:      ${realm}`,
    ...(correction === null
      ? ['  Consumer Key, Consumer Secret, Token ID, Token Secret: exactly the values checked here.']
      : [`  Consumer Key, Consumer Secret, Token ID, Token Secret: the values checked here, with ${correction}.`]),
  ];
}

/** The whole answer, one line per element, ending with a line break. */
export function credentialCheckText(result: CredentialCheckResult, loginAuditLines: readonly string[] = []): string {
  const lines: string[] = [];
  switch (result.outcome) {
    case 'works':
      lines.push(
        result.correction === null
          ? 'WORKS: NetSuite accepted these values (SOAP getServerTime with a tokenPassport, as Act-On signs).'
          : `WORKS ONCE CORRECTED: NetSuite refused the values as given but accepted them with ${result.correction}.`,
        ...whatToType(result.local.realm, result.correction),
        `NetSuite's time: ${result.serverTime}.`,
        ...clockLine(result.clockSkewSeconds),
        ...(result.local.shapeFindings.length === 0 ? [] : localLines({ ...result.local, accountIdProblem: null })),
      );
      break;
    case 'refused':
      lines.push(
        `REFUSED: NetSuite refused these values (${result.fault.code}: ${result.fault.message}). NetSuite's ` +
          `answer never says why.`,
        ...localLines(result.local),
        ...clockLine(result.clockSkewSeconds),
        ...(result.variantsTried.length > 0
          ? [
              `Also tried: ${result.variantsTried.join('; ')} (${result.variantsTried.length} more ` +
                `${result.variantsTried.length === 1 ? 'call' : 'calls'}); none worked.`,
            ]
          : []),
        ...(result.variantsWithheld === null
          ? []
          : [`No other reading was tried: ${result.variantsWithheld}, and each try is one more failed login.`]),
        'Check, in this order:',
        ...REFUSAL_CAUSES.map((cause, index) => `  ${index + 1}. ${cause}`),
        ...(loginAuditLines.length > 0
          ? ["The readiness audit's recent logins for the integration:", ...loginAuditLines.map((line) => `  ${line}`)]
          : [
              `NetSuite records the reason: open ${LOGIN_AUDIT_TRAIL_PATH}, check Use Advanced Search, add ` +
                `Detail, Token-based Access Token Name and Token-based Application Name to the results,`,
              `and read the Detail of the failed login at ${timeInWords(result.refusedAt)} (this machine's clock).`,
            ]),
      );
      break;
    case 'unreachable':
      lines.push(
        `UNREACHABLE: NetSuite's SOAP service did not answer (${result.reason}).`,
        ...localLines(result.local),
        "Check the Account ID, --soap-url and this machine's network and proxy (HTTPS_PROXY, NO_PROXY).",
      );
      break;
  }
  return `${lines.map(printableText).join('\n')}\n`;
}
