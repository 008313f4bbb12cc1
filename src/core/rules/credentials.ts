/**
 * Credentials section: each candidate (user, role, token) gets every credential check; the best
 * candidate's outcomes are the report's. A requested role or user that the (readable) account does
 * not have is rejected like a malformed id: the defaults are audited instead.
 */
import { unreadableFinding } from '../checks/shared';
import { CREDENTIAL_CHECK_IDS } from '../catalogue';
import { TOKEN_ACTIVE, type Named, type TokenRef } from '../checks/credentials';
import { fixOf, found, type Finding } from '../checks/define';
import {
  identifyCandidates,
  isUsableToken,
  rankCandidates,
  requestCandidate,
  type CandidateIdentity,
  type CredentialCheckId,
  type EvaluatedCandidate,
} from '../candidates';
import { missingRecordProblem, type AuditInputs, type InputProblem } from '../inputs';
import {
  integrationProvenMissing,
  latestSuccessfulLogin,
  latestSuccessfulLoginWithRole,
  type IntegrationEvidence,
} from '../integrationEvidence';
import type { CredentialCandidate } from '../report';
import { ADMINISTRATOR_ROLE_ID, type AccessTokenFact, type AccountSnapshot, type BoundedList } from '../snapshot';
import { passed, problem, toCheckResult, type RuleOutcome } from './outcomes';
import { actOnPermissionsOutcome, soapWebServicesOutcome, tokenLoginOutcome } from './rolePermissionChecks';
import { tbaCreationClosed } from './platform';
import { findRole, viewRolePermissions } from './rolePermissions';
import {
  roleActiveOutcome,
  subsidiaryAccessOutcome,
  userAccessOutcome,
  webServicesOnlyOutcome,
} from './roleAndUserChecks';

export interface CredentialFindings {
  /** The best candidate's outcomes: the report's top-level credential checks. */
  readonly best: Readonly<Record<CredentialCheckId, RuleOutcome>>;
  /** The reported candidates, best first. */
  readonly candidates: readonly CredentialCandidate[];
  readonly candidatesOmitted: number;
  /** The request named a role or user that does not exist. */
  readonly inputProblems: readonly InputProblem[];
  /** The inputs audited: the request's, without a role or user the account does not have. */
  readonly inputs: AuditInputs;
}

/** How many unusable tokens are named in evidence before the rest are counted. */
const MAX_TOKENS_NAMED = 5;

const check = TOKEN_ACTIVE;

function tokenRef(token: AccessTokenFact): TokenRef {
  return { id: token.id, name: token.name };
}

function tokenOwner(token: AccessTokenFact): { readonly user: Named; readonly role: Named } {
  return { user: { id: token.userId, name: token.userName }, role: { id: token.roleId, name: token.roleName } };
}

/** Who the candidate is, as token.active's findings and fixes name them. */
function candidateOwner(candidate: CandidateIdentity, evidence: IntegrationEvidence) {
  return {
    integration: evidence.requestedName,
    user: candidate.userId === null ? null : { id: candidate.userId, name: candidate.userName },
    role: { id: candidate.roleId, name: candidate.roleName },
  };
}

function namedTokens(tokens: readonly AccessTokenFact[], describe: (token: AccessTokenFact) => Finding): Finding[] {
  const named = tokens.slice(0, MAX_TOKENS_NAMED).map(describe);
  return tokens.length > MAX_TOKENS_NAMED
    ? [...named, found(check, 'moreNotListed', { count: tokens.length - MAX_TOKENS_NAMED })]
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

function isWebServicesOnly(roleId: number, snapshot: AccountSnapshot): boolean {
  const lookup = findRole(roleId, snapshot.roles);
  return lookup.kind === 'found' && lookup.role.webServicesOnly;
}

/** The fix that looks for a token the audit could not read, before creating one. */
function findOutToken(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  cause: 'unreadable' | 'beyondBound' | 'unseen',
) {
  return fixOf(check, 'findOutToken', [], { ...candidateOwner(candidate, evidence), cause });
}

/**
 * Who creates the missing token, and the findings that say why when it is not the user
 * themselves: a Web Services Only role's user cannot log in to the UI (an administrator creates
 * it, also to replace such a role's unusable token), and an administrator cannot create a token
 * for another administrator.
 */
function tokenCreation(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
  unusable: readonly AccessTokenFact[],
  sameOwner: boolean,
) {
  const revoked = unusable.some((token) => token.revoked);
  if (integrationProvenMissing(evidence))
    return {
      findings: [],
      fix: fixOf(check, 'createTokenAfterIntegration', [], { integration: evidence.requestedName }),
    };
  const owner = candidateOwner(candidate, evidence);
  if (isWebServicesOnly(candidate.roleId, snapshot))
    return {
      findings: [found(check, 'webServicesOnlyRole', { role: owner.role })],
      fix: fixOf(check, 'administratorCreatesToken', [], { ...owner, revoked }),
    };
  if (
    candidate.roleId === ADMINISTRATOR_ROLE_ID &&
    candidate.userId !== null &&
    candidate.userId !== snapshot.currentUser.id
  ) {
    const user = { id: candidate.userId, name: candidate.userName };
    return {
      findings: [found(check, 'administratorForAdministrator', { user })],
      fix: fixOf(check, 'administratorCreatesOwnToken', [], { user, revoked }),
    };
  }
  // The integration's own token to replace is of a Web Services Only role: only an administrator can.
  const replaced = sameOwner ? undefined : unusable.find((token) => isWebServicesOnly(token.roleId, snapshot));
  if (replaced !== undefined) {
    const { user, role } = tokenOwner(replaced);
    return {
      replaced,
      findings: [found(check, 'webServicesOnlyRole', { role })],
      fix: fixOf(check, 'administratorCreatesToken', [], {
        integration: evidence.requestedName,
        user,
        role,
        revoked: replaced.revoked,
      }),
    };
  }
  return { findings: [], fix: revoked ? fixOf(check, 'replaceRevokedToken', []) : fixOf(check, 'default', []) };
}

/** Act-On's own guide: the connector's first authentication needs an administrator role. */
function firstConnectionNote(candidate: CandidateIdentity): readonly Finding[] {
  if (candidate.roleId === ADMINISTRATOR_ROLE_ID) return [];
  return [found(check, 'firstConnection', { role: { id: candidate.roleId, name: candidate.roleName } })];
}

/** token.active for the request's candidate: there is no usable token for its user and role; say what there is. */
function requestTokenOutcome(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): RuleOutcome {
  const owner = candidateOwner(candidate, evidence);
  if (!evidence.tokens.ok) {
    return problem(
      'unknown',
      [unreadableFinding({ source: 'accessTokens' }, evidence.tokens), found(check, 'tokensNeedPermission')],
      findOutToken(candidate, evidence, 'unreadable'),
    );
  }
  const list = evidence.tokens.value;
  const tokens = list.rows;
  if (usableTokensMayBeUnread(list))
    return problem(
      'unknown',
      [
        found(check, 'noneReadForCandidate', { ...owner, read: tokens.length }),
        found(check, 'usableMayBeUnread', { read: tokens.length }),
      ],
      findOutToken(candidate, evidence, 'beyondBound'),
    );
  const success = latestSuccessfulLogin(evidence);
  if (tokens.length === 0 && success !== null)
    return problem(
      'unknown',
      [
        found(check, 'unseenTokens', { integration: evidence.requestedName, at: success.at }),
        found(check, 'unseenTokensNote'),
      ],
      findOutToken(candidate, evidence, 'unseen'),
    );
  if (tbaCreationClosed(snapshot) && integrationProvenMissing(evidence)) {
    const closed = { integration: evidence.requestedName, version: snapshot.account.version };
    return problem(
      'fail',
      [found(check, 'noRecordOnClosedRelease', closed)],
      fixOf(check, 'waitForIntegration', [], closed),
      found(check, 'noRecordSummary', { integration: evidence.requestedName }),
    );
  }
  const sameOwner = tokens.filter((token) => token.userId === candidate.userId && token.roleId === candidate.roleId);
  const unusable = sameOwner.length > 0 ? sameOwner : tokens.filter((token) => token.inactive || token.revoked);
  const otherActive = tokens.filter(isUsableToken);
  const findings = [
    found(check, 'noUsableToken', owner),
    ...(sameOwner.length === 0 && unusable.length > 0
      ? [found(check, 'noneForCandidate', { read: tokens.length, complete: list.complete })]
      : []),
    ...namedTokens(unusable, (token) =>
      found(check, 'unusableToken', { token: tokenRef(token), ...tokenOwner(token), revoked: token.revoked }),
    ),
    ...namedTokens(otherActive, (token) =>
      found(check, 'activeForOthers', { token: tokenRef(token), ...tokenOwner(token) }),
    ),
    ...(list.complete ? [] : [found(check, 'othersUnusable', { read: tokens.length })]),
  ];
  const creation = tokenCreation(candidate, evidence, snapshot, unusable, sameOwner.length > 0);
  // The token the fix replaces names the problem: the candidate's own, or a Web Services Only role's.
  const token = sameOwner[0] ?? ('replaced' in creation ? creation.replaced : undefined);
  const summary =
    token === undefined
      ? found(check, 'noActiveTokenSummary', owner)
      : found(check, 'tokenUnusableSummary', { name: token.name, revoked: token.revoked });
  return problem('fail', [...findings, ...creation.findings, ...firstConnectionNote(candidate)], creation.fix, summary);
}

function tokenActiveOutcome(
  candidate: CandidateIdentity,
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): RuleOutcome {
  if (candidate.token === null) return requestTokenOutcome(candidate, evidence, snapshot);
  const token = candidate.token;
  const unread =
    evidence.tokens.ok && usableTokensMayBeUnread(evidence.tokens.value)
      ? [found(check, 'usableTokensUnexamined', { read: evidence.tokens.value.rows.length })]
      : [];
  return passed([
    found(check, 'active', { token: tokenRef(token), ...tokenOwner(token), createdAt: token.createdAt }),
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
  const outcomes: Record<CredentialCheckId, RuleOutcome> = {
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

/**
 * The request's role or user when it names one that the account does not have, and the inputs
 * without it. A table that could not be read proves nothing missing: the id is audited then.
 */
export function requestedRecordProblems(
  snapshot: AccountSnapshot,
  inputs: AuditInputs,
): { readonly problems: readonly InputProblem[]; readonly inputs: AuditInputs } {
  const { roleId, userId } = inputs;
  const roleMissing =
    roleId !== null &&
    roleId !== ADMINISTRATOR_ROLE_ID &&
    snapshot.roles.ok &&
    !snapshot.roles.value.some((role) => role.id === roleId);
  const userMissing =
    userId !== null && snapshot.employees.ok && !snapshot.employees.value.some((employee) => employee.id === userId);
  return {
    problems: [
      ...(roleMissing ? [missingRecordProblem('role', roleId)] : []),
      ...(userMissing ? [missingRecordProblem('user', userId)] : []),
    ],
    inputs: { ...inputs, roleId: roleMissing ? null : roleId, userId: userMissing ? null : userId },
  };
}

/** Every candidate's credential checks, ranked and bounded; the best one's outcomes stand for the report. */
export function evaluateCredentials(
  snapshot: AccountSnapshot,
  requested: AuditInputs,
  evidence: IntegrationEvidence,
): CredentialFindings {
  const { problems, inputs } = requestedRecordProblems(snapshot, requested);
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
    inputProblems: problems,
    inputs,
  };
}
