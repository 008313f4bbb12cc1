/**
 * `npm run test:mutation [-- <part> ...]`: lists the tests once (so each mutant loads only the test
 * files that reach it), then runs Stryker part by part (see mutationAreas.ts). Each part keeps its
 * own incremental file and reports under reports/mutation/<part>/, so a run stopped half-way keeps
 * every part it finished, and the next run retests only what changed. Ends with the score per area.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, renameSync } from 'fs';
import { join } from 'path';
import { MUTATION_PARTS, partFolder, type MutationPart } from './mutationAreas';

const USAGE = `usage: npm run test:mutation [-- <part> ...]
  parts: ${MUTATION_PARTS.map((part) => part.name).join(', ')} (default: all, in this order; named parts run in the order given)`;

/** Runs a command in the project with the terminal's output; its exit code. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error !== undefined) {
    process.stderr.write(`${command} could not start: ${result.error.message}\n`);
    return 1;
  }
  return result.status ?? 1;
}

function partsAsked(names: readonly string[]): MutationPart[] | string {
  if (names.length === 0) return [...MUTATION_PARTS];
  const byName = new Map(MUTATION_PARTS.map((part) => [part.name, part]));
  const unknown = names.filter((name) => !byName.has(name));
  if (unknown.length > 0) return `unknown part ${unknown.map((name) => JSON.stringify(name)).join(', ')}\n${USAGE}`;
  // In the order asked, each once.
  return Array.from(new Set(names), (name) => byName.get(name)).filter(
    (part): part is MutationPart => part !== undefined,
  );
}

function minutes(since: number): string {
  return `${((Date.now() - since) / 60_000).toFixed(1)} min`;
}

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parts = partsAsked(argv);
  if (typeof parts === 'string') {
    process.stderr.write(`${parts}\n`);
    return 64;
  }
  mkdirSync('reports/mutation', { recursive: true });
  process.stdout.write('Listing the tests (one Jest run of the mutation suite)…\n');
  const listed =
    run('npx', [
      'jest',
      '-c',
      'jest.mutation.config.js',
      '--silent',
      '--json',
      '--outputFile=reports/mutation/jest-report.json',
    ]) === 0 &&
    run('node', [
      'tools/mutation/recordTestNames.js',
      'reports/mutation/jest-report.json',
      'reports/mutation/test-names.json',
    ]) === 0;
  if (!listed) {
    process.stderr.write('The tests must pass before mutation testing; fix them first.\n');
    return 1;
  }
  for (const [index, part] of parts.entries()) {
    const folder = partFolder(part);
    mkdirSync(folder, { recursive: true });
    const tests = part.tests === undefined ? 'all tests' : `tests: ${part.tests.join(', ')}`;
    process.stdout.write(
      `\nPart ${index + 1} of ${parts.length}: ${part.name} (${part.mutate.join(', ')}; ${tests})\n`,
    );
    const started = Date.now();
    // jest.mutation.config.js narrows the test files to MUTATION_TESTS.
    const env = part.tests === undefined ? process.env : { ...process.env, MUTATION_TESTS: part.tests.join(',') };
    const status = run(
      'npx',
      [
        'stryker',
        'run',
        '--mutate',
        part.mutate.join(','),
        '--incrementalFile',
        join(folder, 'stryker-incremental.json'),
      ],
      env,
    );
    if (status !== 0) {
      process.stderr.write(`Stryker stopped on part ${part.name} (exit ${status}); the parts before it are kept.\n`);
      return status;
    }
    for (const report of ['mutation.json', 'mutation.html']) {
      const from = join('reports/mutation', report);
      if (existsSync(from)) renameSync(from, join(folder, report));
    }
    process.stdout.write(`Part ${part.name} done in ${minutes(started)}.\n`);
  }
  return run('node', ['build/tools/mutation/folderScores.js']);
}

process.exitCode = main(process.argv.slice(2));
