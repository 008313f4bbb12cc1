/**
 * Credentials section: each candidate (user, role, token) gets every credential check; the best
 * candidate's outcomes are the report's. Also finds the request's role or user that does not exist.
 */
import { CREDENTIAL_CHECK_IDS, NETSUITE_PAGES } from '../catalogue';
import { TOKEN_ACTIVE } from '../checks/credentials';
import {
  identifyCandidates,
  isUsableToken,
  rankCandidates,
  requestCandidate,
  type CandidateIdentity,
  type CredentialCheckId,
  type EvaluatedCandidate,
} from '../candidates';
import type { AuditInputs, InputProblem } from '../inputs';
import {
  integrationProvenMissing,
  latestSuccessfulLogin,
  latestSuccessfulLoginWithRole,
  type IntegrationEvidence,
} from '../integrationEvidence';
import type { CheckOutcome, CredentialCandidate, Fix, FixLink } from '../report';
import { ADMINISTRATOR_ROLE_ID, type AccessTokenFact, type AccountSnapshot, type BoundedList } from '../snapshot';
import { catalogueFix, passOutcome, problemOutcome, toCheckResult } from './outcomes';
import { actOnPermissionsOutcome, soapWebServicesOutcome, tokenLoginOutcome } from './rolePermissionChecks';
import { tbaCreationClosed } from './platform';
import { findRole, viewRolePermissions } from './rolePermissions';
import {
  roleActiveOutcome,
  subsidiaryAccessOutcome,
  userAccessOutcome,
  webServicesOnlyOutcome,
} from './roleAndUserChecks';
import {
  momentLabel,
  roleLabel,
  roleShortName,
  tokenLabel,
  unreadableSentence,
  userLabel,
  userShortName,
} from './wording';

export interface CredentialFindings {
  /** The best candidate's outcomes: the report's top-level credential checks. */
  readonly best: Readonly<Record<CredentialCheckId, CheckOutcome>>;
  /** The reported candidates, best first. */
  readonly candidates: readonly CredentialCandidate[];
  readonly candidatesOmitted: number;
  /** The request named a role or user that does not exist. */
  readonly inputProblems: readonly InputProblem[];
}

/** How many unusable tokens are named in evidence before the rest are counted. */
const MAX_TOKENS_NAMED = 5;

function ownerOf(token: AccessTokenFact): string {
  return `user ${userLabel(token.userId, token.userName)} with role ${roleLabel(token.roleId, token.roleName)}`;
}

/** "Token X (id 5) of user U, role R was revoked." / "... is marked Inactive." */
function unusableTokenSentence(token: AccessTokenFact): string {
  const state = token.revoked ? 'was revoked' : 'is marked Inactive';
  return `Token ${tokenLabel(token)}, of ${ownerOf(token)}, ${state}.`;
}

function namedTokens(
  tokens: readonly AccessTokenFact[],
  describe: (token: AccessTokenFact) => string,
): readonly string[] {
  const named = tokens.slice(0, MAX_TOKENS_NAMED).map(describe);
  return tokens.length > MAX_TOKENS_NAMED
    ? [...named, `${tokens.length - MAX_TOKENS_NAMED} more are not listed.`]
    : named;
}

/**
 * Whether usable tokens may lie beyond the bound. The statement reads usable tokens first, so a
 * cut list that reaches an unusable token holds every usable one; only a cut list of usable
 * tokens alone may have left usable ones unread.
 */
function usableTokensMayBeUnread(tokens: BoundedList<AccessTokenFact>): boolean {
  return !tokens.complete && tokens.rows.every(isUsableToken);
}

function candidateOwner(candidate: CandidateIdentity): string {
  const user = candidate.userId === null ? '(unknown)' : userLabel(candidate.userId, candidate.userName);
  return `user ${user} and role ${roleLabel(candidate.roleId, candidate.roleName)}`;
}

/** token.active when no token read fits the request but the unread ones may: only a person can tell. */
function unreadTokensOutcome(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  tokens: readonly AccessTokenFact[],
  snapshot: AccountSnapshot,
): CheckOutcome {
  const look =
    `Go to Setup > Users/Roles > Access Tokens and look for an active token of ${evidence.requestedName} for ` +
    `${candidateOwner(candidate)}; if there is one, Act-On can use it and nothing needs creating. Otherwise:`;
  const evidenceSentences = [
    `None of the ${tokens.length} access tokens read for ${evidence.requestedName} is for ${candidateOwner(candidate)}.`,
    `The integration has more access tokens than the ${tokens.length} read and all of those are usable (usable ` +
      `tokens are read first), so a usable one for this user and role may be among the rest.`,
  ];
  const links = { recordLinks: [{ label: 'New Access Token', href: NETSUITE_PAGES.newAccessToken }] };
  return problemOutcome(
    'unknown',
    evidenceSentences,
    tokenFix(candidate, evidence.requestedName, snapshot, { ...links, leadingSteps: [look] }),
  );
}

/**
 * token.active when no token of the integration is read although the Login Audit Trail shows a
 * recent successful token login for it: the token probe does not see what NetSuite sees.
 */
function unseenTokensOutcome(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  successAt: string,
  links: { readonly recordLinks: readonly FixLink[] },
  snapshot: AccountSnapshot,
): CheckOutcome {
  const look =
    `Go to Setup > Users/Roles > Access Tokens and look for the active token of ${evidence.requestedName} that ` +
    `Act-On uses; if there is one, nothing needs creating. Otherwise:`;
  return problemOutcome(
    'unknown',
    [
      `No access token of ${evidence.requestedName} was read, yet a token login for it succeeded on ` +
        `${momentLabel(successAt)}.`,
      'NetSuite accepted a token that this audit cannot see, so the token list it read is not what NetSuite sees: ' +
        'please send this report (JSON) to the bundle maintainers.',
    ],
    tokenFix(candidate, evidence.requestedName, snapshot, { ...links, leadingSteps: [look] }),
  );
}

/**
 * The steps by which an administrator creates a token for a Web Services Only role, whose user
 * cannot log in to the UI.
 */
function administratorCreatesToken(candidate: CandidateIdentity, integrationName: string): readonly string[] {
  const user = candidate.userId === null ? "Act-On's user" : userLabel(candidate.userId, candidate.userName);
  return [
    'Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.',
    `Choose ${integrationName} as Application Name, ${user} as User and ` +
      `${roleLabel(candidate.roleId, candidate.roleName)} as Role; click Save.`,
    'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
  ];
}

function isWebServicesOnly(roleId: number, snapshot: AccountSnapshot): boolean {
  const lookup = findRole(roleId, snapshot.roles);
  return lookup.kind === 'found' && lookup.role.webServicesOnly;
}

/** Where an administrator creates a token for another user (bridgehead_4248124361). */
const ADMINISTRATOR_TOKEN_NAVIGATION = 'Setup > Users/Roles > Access Tokens > New';

/**
 * token.active's fix for a candidate. For a Web Services Only role the user cannot open Manage
 * Access Tokens, so steps, navigation line and fix plan all name the administrator's page.
 */
function tokenFix(
  candidate: CandidateIdentity,
  integrationName: string,
  snapshot: AccountSnapshot,
  adjustments: Parameters<typeof catalogueFix>[1] = {},
): Fix {
  if (!isWebServicesOnly(candidate.roleId, snapshot)) return catalogueFix('token.active', adjustments);
  return catalogueFix('token.active', {
    ...adjustments,
    steps: adjustments.steps ?? administratorCreatesToken(candidate, integrationName),
    navigation: ADMINISTRATOR_TOKEN_NAVIGATION,
  });
}

/**
 * Who can create the candidate's token, when the default steps (log in as the user, New My
 * Access Token) do not apply or need saying: a Web Services Only role's user cannot log in to
 * the UI, and an administrator cannot create a token for another administrator.
 */
function tokenCreationSteps(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): { readonly sentences: readonly string[]; readonly steps?: readonly string[] } {
  const role = roleLabel(candidate.roleId, candidate.roleName);
  if (isWebServicesOnly(candidate.roleId, snapshot)) {
    return {
      sentences: [
        `Role ${role} is a Web Services Only role: its user cannot log in to the NetSuite UI, so an ` +
          `administrator creates the token.`,
      ],
      steps: administratorCreatesToken(candidate, evidence.requestedName),
    };
  }
  if (
    candidate.roleId === ADMINISTRATOR_ROLE_ID &&
    candidate.userId !== null &&
    candidate.userId !== snapshot.currentUser.id
  ) {
    const user = userLabel(candidate.userId, candidate.userName);
    return {
      sentences: [
        `NetSuite does not let an administrator create a token for another administrator: ${user} must create it.`,
      ],
      steps: [
        `Ask ${user} to log in with the Administrator role, go to Home > Settings > Manage Access Tokens and ` +
          `click New My Access Token.`,
        ...TOKEN_ACTIVE.fixes.default.steps.slice(2),
      ],
    };
  }
  return { sentences: [] };
}

/** Unusable tokens of Web Services Only roles: replacing them takes the administrator's path. */
function webServicesOnlyReplacementSteps(
  tokens: readonly AccessTokenFact[],
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): readonly string[] {
  const roles = new Map<number, AccessTokenFact>();
  for (const token of tokens)
    if (isWebServicesOnly(token.roleId, snapshot) && !roles.has(token.roleId)) roles.set(token.roleId, token);
  return [...roles.values()].map(
    (token) =>
      `To replace token ${tokenLabel(token)} of the Web Services Only role ` +
      `${roleLabel(token.roleId, token.roleName)}, an administrator creates the new one at Setup > Users/Roles > ` +
      `Access Tokens > New (choose ${evidence.requestedName}, user ${userLabel(token.userId, token.userName)} ` +
      `and that role): its user cannot log in to the UI.`,
  );
}

/**
 * token.active when the integration record is proven missing on a release where it cannot be
 * created any more: the integration record check holds the one cause and its advice.
 */
function noRecordOnClosedReleaseOutcome(evidence: IntegrationEvidence, version: string): CheckOutcome {
  return problemOutcome(
    'fail',
    [
      `No access token can exist for ${evidence.requestedName}: there is no such integration record, and on ` +
        `NetSuite ${version} a new one cannot use Token-Based Authentication.`,
    ],
    catalogueFix('token.active', { steps: ['See the integration record check: it says what to do on this release.'] }),
    `No access token can exist for ${evidence.requestedName}: there is no such integration record`,
  );
}

/** "The access token ActOnTBA Act-On Sync was revoked", or that there is no active one for the user and role. */
function missingTokenSummary(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  sameOwner: readonly AccessTokenFact[],
): string {
  const user = candidate.userId === null ? 'an unknown user' : userShortName(candidate.userId, candidate.userName);
  const owner = `${user} with role ${roleShortName(candidate.roleId, candidate.roleName)}`;
  const [token] = sameOwner;
  if (token !== undefined)
    return `The access token ${token.name} ${token.revoked ? 'was revoked' : 'is marked Inactive'}`;
  return `There is no active access token of ${evidence.requestedName} for ${owner}`;
}

/** token.active for the request's candidate: there is no usable token for its user and role; say what there is. */
function requestTokenOutcome(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): CheckOutcome {
  const links = { recordLinks: [{ label: 'New Access Token', href: NETSUITE_PAGES.newAccessToken }] };
  if (!evidence.tokens.ok) {
    const permission = 'Reading them needs the Access Token Management permission (the Administrator role has it).';
    return problemOutcome(
      'unknown',
      [unreadableSentence('The access tokens', evidence.tokens), permission],
      tokenFix(candidate, evidence.requestedName, snapshot, links),
    );
  }
  const list = evidence.tokens.value;
  const tokens = list.rows;
  if (usableTokensMayBeUnread(list)) return unreadTokensOutcome(candidate, evidence, tokens, snapshot);
  const success = latestSuccessfulLogin(evidence);
  if (tokens.length === 0 && success !== null)
    return unseenTokensOutcome(candidate, evidence, success.at, links, snapshot);
  if (tbaCreationClosed(snapshot) && integrationProvenMissing(evidence))
    return noRecordOnClosedReleaseOutcome(evidence, snapshot.account.version);
  const sameOwner = tokens.filter((token) => token.userId === candidate.userId && token.roleId === candidate.roleId);
  const unusable = sameOwner.length > 0 ? sameOwner : tokens.filter((token) => token.inactive || token.revoked);
  const otherActive = tokens.filter((token) => !token.inactive && !token.revoked);
  const tokensRead = list.complete ? "the integration's tokens" : `the ${tokens.length} tokens read`;
  const evidenceSentences = [
    `There is no usable access token for ${evidence.requestedName}, ${candidateOwner(candidate)}.`,
    ...(sameOwner.length === 0 && unusable.length > 0
      ? [`None of ${tokensRead} is for this user and role, and these can no longer be used:`]
      : []),
    ...namedTokens(unusable, unusableTokenSentence),
    ...namedTokens(otherActive, (token) => `Token ${tokenLabel(token)} is active but belongs to ${ownerOf(token)}.`),
    ...(list.complete
      ? []
      : [
          `The integration has more access tokens than the ${tokens.length} read; usable tokens are read first, ` +
            `so none of the others can be used.`,
        ]),
  ];
  const revoked = unusable.some((token) => token.revoked)
    ? ['A revoked token cannot be restored: create a new one.']
    : [];
  const creation = tokenCreationSteps(candidate, evidence, snapshot);
  const replacement = creation.steps === undefined ? webServicesOnlyReplacementSteps(unusable, evidence, snapshot) : [];
  const fix = tokenFix(candidate, evidence.requestedName, snapshot, {
    ...links,
    leadingSteps: [...revoked, ...replacement],
    ...(creation.steps === undefined ? {} : { steps: creation.steps }),
  });
  return problemOutcome(
    'fail',
    [...evidenceSentences, ...creation.sentences, ...firstConnectionNote(candidate)],
    fix,
    missingTokenSummary(candidate, evidence, sameOwner),
  );
}

/** Act-On's own guide: the connector's first authentication needs an administrator role. */
function firstConnectionNote(candidate: CandidateIdentity): readonly string[] {
  if (candidate.roleId === ADMINISTRATOR_ROLE_ID) return [];
  return [
    `Act-On's set-up guide says the connector's first authentication needs an administrator role: if Act-On ` +
      `will not connect with the token of role ${roleLabel(candidate.roleId, candidate.roleName)} at first, ` +
      `connect once with an Administrator's token, then switch to this one.`,
  ];
}

function tokenActiveOutcome(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): CheckOutcome {
  if (candidate.token === null) return requestTokenOutcome(candidate, evidence, snapshot);
  const token = candidate.token;
  const unread =
    evidence.tokens.ok && usableTokensMayBeUnread(evidence.tokens.value)
      ? [
          `The integration has more access tokens than the ${evidence.tokens.value.rows.length} read, all of ` +
            `them usable; the others were not examined.`,
        ]
      : [];
  return passOutcome([
    `Token ${tokenLabel(token)}, of ${ownerOf(token)}, is active; it was created on ${momentLabel(token.createdAt)}.`,
    ...unread,
    ...(latestSuccessfulLogin(evidence) === null ? firstConnectionNote(candidate) : []),
  ]);
}

/** Runs every credential check for one candidate. */
export function evaluateCandidate(
  identity: CandidateIdentity,
  snapshot: AccountSnapshot,
  evidence: IntegrationEvidence,
): EvaluatedCandidate {
  const role = { roleId: identity.roleId, roleName: identity.roleName };
  const permissions = viewRolePermissions(identity.roleId, snapshot);
  const outcomes: Record<CredentialCheckId, CheckOutcome> = {
    'token.active': tokenActiveOutcome(identity, evidence, snapshot),
    'role.token-login': tokenLoginOutcome(role, permissions, latestSuccessfulLoginWithRole(evidence, identity.roleId)),
    'role.soap-web-services': soapWebServicesOutcome(role, permissions),
    'role.acton-permissions': actOnPermissionsOutcome(role, permissions, snapshot.features.ADVANCEDEMPLOYEEPERMISSIONS),
    'role.active': roleActiveOutcome(identity, snapshot),
    'user.access': userAccessOutcome(identity, snapshot),
    'role.web-services-only': webServicesOnlyOutcome(identity, snapshot),
    'role.subsidiary-access': subsidiaryAccessOutcome(identity, snapshot),
  };
  const checks = CREDENTIAL_CHECK_IDS.map((id) => toCheckResult(id, outcomes[id]));
  const candidate: CredentialCandidate = {
    source: identity.source,
    tokenId: identity.token?.id ?? null,
    tokenName: identity.token?.name ?? null,
    userId: identity.userId,
    userName: identity.userName,
    roleId: identity.roleId,
    roleName: identity.roleName,
    checks,
    // Stryker disable next-line ConditionalExpression: only blocker credential checks can fail today
    blockersFailed: checks.filter((check) => check.severity === 'blocker' && check.status === 'fail').length,
  };
  return { identity, outcomes, candidate };
}

/** The request's role or user when it names one that the (readable) account does not have. */
export function requestedRecordProblems(snapshot: AccountSnapshot, inputs: AuditInputs): readonly InputProblem[] {
  const problems: InputProblem[] = [];
  const { roleId, userId } = inputs;
  if (
    roleId !== null &&
    roleId !== ADMINISTRATOR_ROLE_ID &&
    snapshot.roles.ok &&
    !snapshot.roles.value.some((role) => role.id === roleId)
  ) {
    problems.push({
      parameter: 'role',
      message:
        `No role has internal id ${roleId}: use the number in the ID column at Setup > Users/Roles > Manage ` +
        `Roles.`,
    });
  }
  if (
    userId !== null &&
    snapshot.employees.ok &&
    !snapshot.employees.value.some((employee) => employee.id === userId)
  ) {
    problems.push({
      parameter: 'user',
      message: `No employee has internal id ${userId}: use the number in the ID column at Lists > Employees > Employees.`,
    });
  }
  return problems;
}

/** Every candidate's credential checks, ranked and bounded; the best one's outcomes stand for the report. */
export function evaluateCredentials(
  snapshot: AccountSnapshot,
  inputs: AuditInputs,
  evidence: IntegrationEvidence,
): CredentialFindings {
  const evaluated = identifyCandidates(evidence.tokens, inputs, snapshot).map((identity) =>
    evaluateCandidate(identity, snapshot, evidence),
  );
  const { ranked, reported, omitted } = rankCandidates(evaluated);
  // identifyCandidates always yields at least the request's candidate; the fallback only satisfies the type.
  const best = ranked[0] ?? evaluateCandidate(requestCandidate(inputs, snapshot), snapshot, evidence);
  return {
    best: best.outcomes,
    candidates: reported.map((entry) => entry.candidate),
    candidatesOmitted: omitted,
    inputProblems: requestedRecordProblems(snapshot, inputs),
  };
}
