/**
 * How a check is defined, once: what it is (id, section, severity, titles, why), what it depends
 * on, the fixes a rule may choose and the messages its findings are worded with. Rules only
 * decide: they return a status, findings (`{ id, data }`) and the id of the fix they chose, the
 * way ESLint rules report a `messageId` with `data`. The wording layer (./wording) turns those
 * into sentences; nothing else writes prose about a check.
 */
import type { FixLink } from '../report';
import type { FixOwner } from '../fixOwners';

export type Severity = 'blocker' | 'warning' | 'info';

/** Sections, in the order of Act-On's set-up guide. */
export type CheckSection = 'features' | 'integration' | 'credentials' | 'data' | 'logins' | 'account';

/** A value a finding carries: plain JSON, so a finding is written to the report as it is. */
export type FindingValue =
  string | number | boolean | null | readonly FindingValue[] | { readonly [key: string]: FindingValue };

export type FindingData = { readonly [key: string]: FindingValue };

/** What a rule found: a message id of its check (or a shared one) and the values the message names. */
export interface Finding {
  readonly id: string;
  readonly data: FindingData;
}

/** A record a fix links to, e.g. the very role to edit. */
export interface RecordRef {
  readonly kind: 'integration' | 'role' | 'employee';
  readonly id: number;
  readonly name: string | null;
}

/** The fix a rule chose, by id, with the values its wording names. */
export interface FixChoice {
  readonly id: string;
  readonly data: FindingData;
  /** Records to link to before the fix's own links. */
  readonly records: readonly RecordRef[];
}

/** Words that may name the finding's or fix's values. */
type Words<D> = string | ((data: D) => string);

/** One way to fix a check, in NetSuite's menu words. */
export interface FixDefinition<D = never> {
  /** What to do, as the fix plan's step title ("Enable Token-Based Authentication"). */
  readonly title: Words<D>;
  /** Where it is done (or, for what must be looked at, where to look). */
  readonly navigation: Words<D>;
  readonly steps: readonly string[] | ((data: D) => readonly string[]);
  readonly links: readonly FixLink[];
  /** Who acts on it. */
  readonly owner: FixOwner;
}

/** A message: the sentence for a finding, from its data. */
export type Message<D = never> = (data: D) => string;

// `never` data accepts every message and fix: the table's own entries keep their exact types.
type AnyMessages = Readonly<Record<string, Message<never>>>;
type AnyFixes = Readonly<Record<string, FixDefinition<never>>>;

export interface CheckDefinition<
  Id extends string = string,
  M extends AnyMessages = AnyMessages,
  F extends AnyFixes = AnyFixes,
> {
  readonly id: Id;
  readonly section: CheckSection;
  readonly severity: Severity;
  /** The check as a statement that holds when it passes ("Token-Based Authentication is enabled"). */
  readonly title: string;
  /** The same statement when it does not hold ("Token-Based Authentication is not enabled"). */
  readonly failureTitle: string;
  /** What the check looks at, for the catalogue table in the docs. */
  readonly checks: string;
  /** Why it matters to Act-On. */
  readonly why: string;
  /** Checks whose failure explains this one's (fix those first). */
  readonly dependsOn: readonly string[];
  /** The fixes a rule may choose; `default` is the one most outcomes use. */
  readonly fixes: F & { readonly default: FixDefinition<never> };
  readonly messages: M;
}

/** Defines a check; the literal types of its ids, messages and fixes are kept for the rules. */
export function defineCheck<
  const Id extends string,
  const M extends AnyMessages,
  const F extends AnyFixes & { readonly default: FixDefinition<never> },
>(definition: CheckDefinition<Id, M, F>): CheckDefinition<Id, M, F> {
  return definition;
}

/** The arguments that follow an id: the data its words take, if any. */
type ArgsFor<D> = unknown extends D ? [] : [D] extends [never] ? [] : [data: D];
type MessageArgs<W> = W extends (data: infer D) => unknown ? ArgsFor<D> : [];
type FixArgs<F> = F extends FixDefinition<infer D> ? ArgsFor<D> : [];

type MessagesOf<C> = C extends CheckDefinition<string, infer M, AnyFixes> ? M : never;
type FixesOf<C> = C extends CheckDefinition<string, AnyMessages, infer F> ? F : never;

/** A finding of `check`'s message `id`, with the data that message takes (type-checked). */
export function found<C extends CheckDefinition, K extends keyof MessagesOf<C> & string>(
  check: C,
  id: K,
  ...data: MessageArgs<MessagesOf<C>[K]>
): Finding {
  if (!(id in check.messages)) throw new Error(`Check ${check.id} has no message ${id}`);
  return { id, data: ((data as readonly unknown[])[0] ?? {}) as FindingData };
}

/** The fix `id` of `check`, with the data its words take and the records to link to. */
export function fixOf<C extends CheckDefinition, K extends keyof FixesOf<C> & string>(
  check: C,
  id: K,
  records: readonly RecordRef[],
  ...data: FixArgs<FixesOf<C>[K]>
): FixChoice {
  if (!(id in check.fixes)) throw new Error(`Check ${check.id} has no fix ${id}`);
  return { id, data: ((data as readonly unknown[])[0] ?? {}) as FindingData, records };
}
