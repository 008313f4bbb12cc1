/**
 * Matching integration names. A name matches when it is equal ignoring case and white space
 * ({@link normaliseIntegrationName}); a name is "near" when it looks like an Act-On integration
 * or is a few edits away, so the report can ask "Did you mean ...?".
 */

/** Every Unicode white space (no-break and ideographic spaces included) and the zero-width characters. */
const SPACE_OR_INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * The one form integration names are compared in, everywhere: compatibility-normalised (NFKC),
 * without any white space or zero-width character, upper-cased with Unicode rules. So
 * "ActOn TBA", "acton\u00a0tba" and "ACTONTBA" match, and so do "Act-On Société" and
 * "ACT-ON SOCIÉTÉ". SuiteQL never compares this form: the collector matches names here and
 * queries by id or by the exact names NetSuite gave.
 */
export function normaliseIntegrationName(name: string): string {
  return name.normalize('NFKC').replace(SPACE_OR_INVISIBLE, '').toUpperCase();
}

/** At most this many suggestions are offered. */
export const MAX_NEAR_NAMES = 5;

/** True when two integration names are the same in the form of {@link normaliseIntegrationName}. */
export function integrationNamesMatch(requested: string, candidate: string): boolean {
  return normaliseIntegrationName(requested) === normaliseIntegrationName(candidate);
}

/** True when a name reads "Act-On" in any spelling: "ActOn", "Act-On", "act on", "ACT_ON Sync". */
export function looksLikeActOnName(name: string): boolean {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .includes('acton');
}

/** Levenshtein distance: insertions, deletions and substitutions, each costing one. */
export function editDistance(first: string, second: string): number {
  let previous = Array.from({ length: second.length + 1 }, (_, index) => index);
  for (let row = 1; row <= first.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= second.length; column += 1) {
      const substitution = (previous[column - 1] ?? 0) + (first[row - 1] === second[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[second.length] ?? 0;
}

/** How many edits still count as a typo: two for names of six characters or more, fewer for short ones. */
function typoAllowance(normalisedRequested: string): number {
  return Math.min(2, Math.floor(normalisedRequested.length / 3));
}

/** The edit distance of the normalised names, or null when the names match exactly or are not near. */
function nearness(requested: string, candidate: string): number | null {
  const wanted = normaliseIntegrationName(requested);
  const seen = normaliseIntegrationName(candidate);
  if (wanted === seen) return null;
  const distance = editDistance(wanted, seen);
  if (distance <= typoAllowance(wanted) || looksLikeActOnName(candidate)) return distance;
  return null;
}

/** True when a name is not the requested one but probably meant to be. */
export function isNearIntegrationName(requested: string, candidate: string): boolean {
  return nearness(requested, candidate) !== null;
}

/**
 * The near names among `candidates`, closest first (then alphabetically), one per normalised
 * name, at most {@link MAX_NEAR_NAMES}.
 */
export function rankNearNames(requested: string, candidates: readonly string[]): readonly string[] {
  const byNormalisedName = new Map<string, { readonly name: string; readonly distance: number }>();
  for (const name of candidates) {
    const distance = nearness(requested, name);
    const key = normaliseIntegrationName(name);
    if (distance !== null && !byNormalisedName.has(key)) byNormalisedName.set(key, { name, distance });
  }
  return [...byNormalisedName.values()]
    .sort((first, second) => first.distance - second.distance || first.name.localeCompare(second.name))
    .slice(0, MAX_NEAR_NAMES)
    .map((near) => near.name);
}
