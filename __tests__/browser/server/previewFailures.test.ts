/**
 * When something is wrong (the Suitelet not built, a scenario file invalid or not generated,
 * the Suitelet throwing or sending a statement the emulator rejects) the preview says so in
 * words on the page, keeps the stack for the terminal, and a generated account is only loaded
 * when first opened.
 */
import type { DemoScenario } from '../../../tools/scenarios/demoScenarios';
import { httpRequest } from '../support/httpClient';
import {
  PROJECT_ROOT,
  requireCompiledSuitelet,
  startTestPreview,
  suiteletPath,
  type TestPreview,
} from '../support/previewFixture';
import { createTemporaryProject, removeTemporaryProject } from '../support/temporaryProject';

jest.setTimeout(30_000);

const READY_FILE = 'scenarios/01-ready-administrator.json';
const READY: DemoScenario = { id: '01-ready-administrator', title: 'Ready', file: READY_FILE, generated: false };

/** A stack frame line, as V8 writes them. */
const STACK_FRAME = /\n\s+at \S/;

/** A compiled Suitelet that runs `body` as its onRequest (context is `context`). */
function standInSuitelet(body: string): string {
  return [
    '/**',
    ' * @NApiVersion 2.1',
    ' * @NScriptType Suitelet',
    ' */',
    'define(["require", "exports", "N/query"], function (require, exports, query) {',
    '    "use strict";',
    '    Object.defineProperty(exports, "__esModule", { value: true });',
    `    exports.onRequest = function (context) { ${body} };`,
    '});',
    '',
  ].join('\n');
}

/** Starts a preview of a throw-away project; `use` gets it, and both are cleaned up after. */
async function withTemporaryPreview(
  contents: Parameters<typeof createTemporaryProject>[0],
  scenarios: readonly DemoScenario[],
  use: (preview: TestPreview) => Promise<void>,
): Promise<void> {
  const root = createTemporaryProject(contents);
  const preview = await startTestPreview(scenarios, root);
  try {
    await use(preview);
  } finally {
    await preview.close();
    removeTemporaryProject(root);
  }
}

describe('A project that is not ready to preview', () => {
  it('explains a Suitelet that is not compiled yet on a 500 page without a stack, and logs the stack', async () => {
    await withTemporaryPreview({ copies: [READY_FILE] }, [READY], async (preview) => {
      const response = await httpRequest(preview.origin, suiteletPath(READY.id));

      expect(response.status).toBe(500);
      expect(response.body).toContain('npm run build');
      expect(response.body).not.toMatch(STACK_FRAME);
      expect(preview.log.lines.some((line) => STACK_FRAME.test(line))).toBe(true);
    });
  });

  it('names the file, the place in it and the problem when a scenario file is invalid', async () => {
    const broken: DemoScenario = { id: 'broken', title: 'Broken', file: 'scenarios/broken.json', generated: false };
    const document = {
      name: 'Broken',
      account: { id: '1234567', envType: 'PRODUCTION', version: '2026.2' },
      currentUser: { id: 'seven', role: 3 },
    };

    await withTemporaryPreview({ files: { [broken.file]: JSON.stringify(document) } }, [broken], async (preview) => {
      const response = await httpRequest(preview.origin, suiteletPath(broken.id));

      expect(response.status).toBe(500);
      expect(response.body).toContain('scenarios/broken.json: /currentUser/id');
      expect(response.body).not.toMatch(STACK_FRAME);
    });
  });

  it('says how to generate a generated account that is not there yet', async () => {
    const missing: DemoScenario = {
      id: 'large',
      title: 'Large',
      file: 'build/scenarios/not-generated.json',
      generated: true,
    };

    await withTemporaryPreview({}, [missing], async (preview) => {
      const response = await httpRequest(preview.origin, suiteletPath(missing.id));

      expect(response.status).toBe(503);
      expect(response.body).toContain('run npm run build');
    });
  });
});

describe('What the Suitelet does wrong', () => {
  it('flags a statement the emulator rejects in the banner, and logs the statement', async () => {
    const suitelet = standInSuitelet(
      "try { query.runSuiteQL({ query: 'SELECT e.nosuchcolumn FROM employee e' }); } catch (ignored) { }" +
        " context.response.write('<!DOCTYPE html><html><body><p>done</p></body></html>');",
    );

    await withTemporaryPreview({ copies: [READY_FILE], suitelet }, [READY], async (preview) => {
      const response = await httpRequest(preview.origin, suiteletPath(READY.id));

      expect(response.status).toBe(200);
      expect(response.body).toContain('The emulator rejected 1 SuiteQL statement(s); see the terminal.');
      expect(preview.log.lines.some((line) => line.includes('SELECT e.nosuchcolumn FROM employee e'))).toBe(true);
    });
  });

  it("shows NetSuite's error page, under the banner, when the Suitelet throws", async () => {
    const suitelet = standInSuitelet("throw new Error('the audit broke');");

    await withTemporaryPreview({ copies: [READY_FILE], suitelet }, [READY], async (preview) => {
      const response = await httpRequest(preview.origin, suiteletPath(READY.id));

      expect(response.status).toBe(500);
      expect(response.body).toContain('the audit broke');
      expect(response.body).toContain('The Suitelet threw an error; see the terminal.');
    });
  });
});

describe('A generated account', () => {
  const generated: DemoScenario = { id: 'generated-copy', title: 'Generated copy', file: READY_FILE, generated: true };
  let preview: TestPreview;

  beforeAll(async () => {
    requireCompiledSuitelet();
    preview = await startTestPreview([READY, generated], PROJECT_ROOT);
  });

  afterAll(async () => {
    await preview?.close();
  });

  const loadLines = (): string[] =>
    preview.log.lines.filter((line) => line.startsWith(`Loaded demo account ${generated.id} `));

  it('is listed on the start page without being loaded', async () => {
    const page = await httpRequest(preview.origin, '/');

    expect(page.body).toContain('it loads the first time it is opened');
    expect(loadLines()).toEqual([]);
  });

  it('loads when first opened, logging how long it took, and is reused after', async () => {
    await httpRequest(preview.origin, suiteletPath(generated.id));
    await httpRequest(preview.origin, suiteletPath(generated.id, { format: 'json' }));

    expect(loadLines()).toHaveLength(1);
    expect(loadLines()[0]).toMatch(/ in \d+\.\d s\.$/);
  });
});
