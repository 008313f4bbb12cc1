/**
 * `npm run test:mutation` ends here: reads Stryker's JSON report and prints the mutation score of
 * each audited area beside its target. Figures, not a gate: a score below target is said, and the
 * exit code stays 0 (the HTML report, beside the JSON one, names each surviving mutant).
 */
import { readFileSync } from 'fs';

/** The part of Stryker's mutation-testing-report JSON read here. */
interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { readonly status: string }[] }>>;
}

interface Area {
  readonly name: string;
  readonly matches: (path: string) => boolean;
  /** Target score in percent, where the team set one. */
  readonly target: number | null;
}

const AREAS: readonly Area[] = [
  { name: 'src/core', matches: (path) => path.startsWith('src/core/'), target: 85 },
  { name: 'src/netsuite', matches: (path) => path.startsWith('src/netsuite/'), target: 85 },
  { name: 'emulator dialect rules', matches: (path) => path.startsWith('tools/emulator/database/'), target: 80 },
  { name: 'src/render/escape.ts', matches: (path) => path === 'src/render/escape.ts', target: null },
  { name: 'tools/audit/oauthSigner.ts', matches: (path) => path === 'tools/audit/oauthSigner.ts', target: null },
];

const DETECTED = new Set(['Killed', 'Timeout']);
/** Mutants that count against the score; Ignored, CompileError and RuntimeError do not. */
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

interface Tally {
  detected: number;
  undetected: number;
}

function tallyOf(report: MutationReport, area: Area): Tally {
  const tally: Tally = { detected: 0, undetected: 0 };
  for (const [path, file] of Object.entries(report.files)) {
    if (!area.matches(path.replace(/\\/g, '/'))) continue;
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) tally.detected += 1;
      else if (UNDETECTED.has(mutant.status)) tally.undetected += 1;
    }
  }
  return tally;
}

function lineOf(area: Area, tally: Tally): string {
  const total = tally.detected + tally.undetected;
  if (total === 0) return `${area.name}: no mutants in this run`;
  const score = (100 * tally.detected) / total;
  const verdict = area.target === null ? '' : score >= area.target ? ` (target ${area.target}%: met)` : ` (target ${area.target}%: BELOW)`;
  return `${area.name}: ${score.toFixed(2)}% (${tally.detected} of ${total} mutants detected, ${tally.undetected} undetected)${verdict}`;
}

const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as MutationReport;
process.stdout.write(`Mutation score per area (${reportPath}):\n${AREAS.map((area) => `  ${lineOf(area, tallyOf(report, area))}`).join('\n')}\n`);
