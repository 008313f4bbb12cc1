/**
 * The wording layer: the only place a check's findings and chosen fix become sentences. Every
 * renderer (page, text, CSV, JSON, the watch's email) reads what this layer wrote into the report.
 */
import type { Fix, FixLink } from '../report';
import type { CheckDefinition, Finding, FixChoice, FixDefinition, RecordRef } from './define';
import { NETSUITE_PAGES } from './pages';
import { SHARED_MESSAGES } from './shared';

type AnyWords = string | ((data: unknown) => string);

function worded(words: AnyWords, data: unknown): string {
  return typeof words === 'string' ? words : words(data);
}

/** The sentence for a finding of `definition`: its own message, else a shared one. */
export function sentence(definition: CheckDefinition, finding: Finding): string {
  const messages = definition.messages as Readonly<Record<string, (data: unknown) => string>>;
  const shared = SHARED_MESSAGES as Readonly<Record<string, (data: unknown) => string>>;
  const message = messages[finding.id] ?? shared[finding.id];
  if (message === undefined) throw new Error(`Check ${definition.id} has no message ${finding.id}`);
  return message(finding.data);
}

/** A link to one record: the integration, role or employee to open. */
export function recordLink(record: RecordRef): FixLink {
  const named = record.name ?? `id ${record.id}`;
  switch (record.kind) {
    case 'integration':
      return { label: `Integration ${named}`, href: `${NETSUITE_PAGES.integration}?id=${record.id}` };
    case 'role':
      return { label: `Role ${named}`, href: `${NETSUITE_PAGES.role}?id=${record.id}` };
    case 'employee':
      return { label: `Employee ${named}`, href: `${NETSUITE_PAGES.employee}?id=${record.id}` };
  }
}

/** The fix definition `id` of a check; throws for an id the check does not define. */
export function fixDefinition(definition: CheckDefinition, id: string): FixDefinition<unknown> {
  const fixes = definition.fixes as unknown as Readonly<Record<string, FixDefinition<unknown>>>;
  const fix = fixes[id];
  if (fix === undefined) throw new Error(`Check ${definition.id} has no fix ${id}`);
  return fix;
}

/** The chosen fix in words: title, steps, navigation, and the records' links before its own (one per address). */
export function wordedFix(definition: CheckDefinition, choice: FixChoice): Fix {
  const fix = fixDefinition(definition, choice.id);
  const links: FixLink[] = [];
  for (const link of [...choice.records.map(recordLink), ...fix.links]) {
    if (!links.some((known) => known.href === link.href)) links.push({ label: link.label, href: link.href });
  }
  return {
    id: choice.id,
    title: worded(fix.title, choice.data),
    owner: fix.owner,
    steps: typeof fix.steps === 'function' ? [...fix.steps(choice.data)] : [...fix.steps],
    navigation: worded(fix.navigation, choice.data),
    links,
  };
}
