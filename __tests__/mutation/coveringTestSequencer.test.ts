import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** The sequencer as Jest loads it, with a fresh module so each test reads its own list of names. */
function loadSequencer(
  namesFile: string,
): new (options: { globalConfig: { testNamePattern?: string } }) => { sort(tests: unknown[]): unknown[] } {
  process.env.MUTATION_TEST_NAMES = namesFile;
  let sequencer: unknown;
  jest.isolateModules(() => {
    sequencer = jest.requireActual('../../tools/mutation/coveringTestSequencer.js');
  });
  return sequencer as never;
}

const { sha1 } = jest.requireActual<{ sha1: (text: string) => string }>(
  '../../tools/mutation/coveringTestSequencer.js',
);

interface Project {
  readonly root: string;
  readonly namesFile: string;
  test(file: string): { path: string; context: { config: { rootDir: string }; hasteFS: { getSize: () => number } } };
}

/** A project with test files on disk and the list of their test names as recordTestNames.js writes it. */
function projectWith(
  files: Readonly<Record<string, { content: string; names: string[]; listedContent?: string }>>,
): Project {
  const root = mkdtempSync(join(tmpdir(), 'sequencer-'));
  const listed: Record<string, { sha1: string; names: string[] }> = {};
  for (const [file, { content, names, listedContent }] of Object.entries(files)) {
    writeFileSync(join(root, file), content);
    listed[file] = { sha1: sha1(listedContent ?? content), names };
  }
  const namesFile = join(root, 'test-names.json');
  writeFileSync(namesFile, JSON.stringify({ files: listed }));
  return {
    root,
    namesFile,
    test: (file) => ({ path: join(root, file), context: { config: { rootDir: root }, hasteFS: { getSize: () => 1 } } }),
  };
}

function keptFiles(project: Project, pattern: string | undefined, files: string[]): string[] {
  const Sequencer = loadSequencer(project.namesFile);
  const sequencer = new Sequencer({ globalConfig: pattern === undefined ? {} : { testNamePattern: pattern } });
  return (sequencer.sort(files.map((file) => project.test(file))) as { path: string }[])
    .map((test) => test.path.slice(project.root.length + 1))
    .sort();
}

const TWO_FILES = {
  'a.test.ts': { content: 'a', names: ['token.active passes a usable token'] },
  'b.test.ts': { content: 'b', names: ['role.active fails an inactive role'] },
};

afterEach(() => {
  delete process.env.MUTATION_TEST_NAMES;
});

describe('the covering test sequencer of mutation runs', () => {
  it('keeps only the files holding a test the name pattern matches', () => {
    const project = projectWith(TWO_FILES);

    expect(keptFiles(project, '(token\\.active passes a usable token)', ['a.test.ts', 'b.test.ts'])).toEqual([
      'a.test.ts',
    ]);
  });

  it('matches names without regard to case, as Jest does', () => {
    const project = projectWith(TWO_FILES);

    expect(keptFiles(project, '(ROLE\\.ACTIVE fails an inactive role)', ['a.test.ts', 'b.test.ts'])).toEqual([
      'b.test.ts',
    ]);
  });

  it('keeps every file when there is no pattern (the initial run, which measures coverage)', () => {
    const project = projectWith(TWO_FILES);

    expect(keptFiles(project, undefined, ['a.test.ts', 'b.test.ts'])).toEqual(['a.test.ts', 'b.test.ts']);
  });

  it('keeps a file whose content changed since the names were listed', () => {
    const project = projectWith({
      ...TWO_FILES,
      'b.test.ts': { content: 'b, edited', names: ['role.active fails an inactive role'], listedContent: 'b' },
    });

    expect(keptFiles(project, '(token\\.active passes a usable token)', ['a.test.ts', 'b.test.ts'])).toEqual([
      'a.test.ts',
      'b.test.ts',
    ]);
  });

  it('keeps a file the list does not know', () => {
    const project = projectWith(TWO_FILES);
    writeFileSync(join(project.root, 'c.test.ts'), 'c');

    expect(keptFiles(project, '(token\\.active passes a usable token)', ['a.test.ts', 'c.test.ts'])).toEqual([
      'a.test.ts',
      'c.test.ts',
    ]);
  });

  it('keeps every file when there is no list of names', () => {
    const project = projectWith(TWO_FILES);

    expect(
      keptFiles(
        { ...project, namesFile: join(project.root, 'missing.json') },
        '(token\\.active passes a usable token)',
        ['a.test.ts', 'b.test.ts'],
      ),
    ).toEqual(['a.test.ts', 'b.test.ts']);
  });
});
