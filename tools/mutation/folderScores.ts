/**
 * `npm run test:mutation` ends here: reads the parts' Stryker JSON reports and prints the mutation
 * score of each audited area beside its target. Figures, not a gate: a score below target is said,
 * and the exit code stays 0 (the HTML report beside each JSON one names each surviving mutant).
 *   node build/tools/mutation/folderScores.js [report.json ...]   (default: every part's report)
 */
import { existsSync, readFileSync } from 'fs';
import { MUTATION_PARTS, SCORE_AREAS, partFolder, type ScoreArea } from './mutationAreas';

/** The part of Stryker's mutation-testing-report JSON read here. */
interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { readonly status: string }[] }>>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
/** Mutants that count against the score; Ignored, CompileError and RuntimeError do not. */
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

interface Tally {
  detected: number;
  undetected: number;
}

/** Mutants by file over all reports; a file in two reports counts from the later one. */
function filesOf(reports: readonly MutationReport[]): Map<string, readonly { readonly status: string }[]> {
  const files = new Map<string, readonly { readonly status: string }[]>();
  for (const report of reports)
    for (const [path, file] of Object.entries(report.files)) files.set(path.replace(/\\/g, '/'), file.mutants);
  return files;
}

function tallyOf(files: Map<string, readonly { readonly status: string }[]>, area: ScoreArea): Tally {
  const tally: Tally = { detected: 0, undetected: 0 };
  for (const [path, mutants] of files) {
    if (!area.matches(path)) continue;
    for (const mutant of mutants) {
      if (DETECTED.has(mutant.status)) tally.detected += 1;
      else if (UNDETECTED.has(mutant.status)) tally.undetected += 1;
    }
  }
  return tally;
}

function lineOf(area: ScoreArea, tally: Tally): string {
  const total = tally.detected + tally.undetected;
  if (total === 0) return `${area.name}: no mutants in these reports`;
  const score = (100 * tally.detected) / total;
  const verdict =
    area.target === null
      ? ''
      : score >= area.target
        ? ` (target ${area.target}%: met)`
        : ` (target ${area.target}%: BELOW)`;
  return (
    `${area.name}: ${score.toFixed(2)}% (${tally.detected} of ${total} mutants detected, ${tally.undetected} ` +
    `undetected)${verdict}`
  );
}

const given = process.argv.slice(2);
const defaults = MUTATION_PARTS.map((part) => `${partFolder(part)}/mutation.json`);
const reportPaths = (given.length > 0 ? given : defaults).filter((path) => {
  if (existsSync(path)) return true;
  process.stdout.write(`${path}: not there yet (that part has not finished a run)\n`);
  return false;
});
const files = filesOf(reportPaths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as MutationReport));
process.stdout.write(
  `Mutation score per area (${reportPaths.join(', ') || 'no report'}):\n${SCORE_AREAS.map((area) => `  ${lineOf(area, tallyOf(files, area))}`).join('\n')}\n`,
);
