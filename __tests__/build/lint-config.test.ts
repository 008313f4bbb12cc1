import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { PROJECT_ROOT } from '../../tools/sdf/project-layout';

// Proves eslint.config.js bites: a throw-away project holding deliberately bad (and good)
// files is linted with this repository's config. ESLint runs in its own Node process (its
// command line, JSON output): inside Jest's module sandbox its file search cannot import().
const HEADER = (apiVersion: string, scriptType: string): string =>
  `/**\n * @NApiVersion ${apiVersion}\n * @NScriptType ${scriptType}\n * @NModuleScope SameAccount\n */\n`;

/** A Suitelet the way tsc emits it: entry point assigned on `exports`, no return. */
const TSC_SUITELET_BODY =
  'define(["require", "exports", "N/log"], function (require, exports, log) {\n' +
  '    "use strict";\n' +
  '    Object.defineProperty(exports, "__esModule", { value: true });\n' +
  '    exports.onRequest = void 0;\n' +
  ('    const onRequest = (context) => { log.error({ title: "audit", details: "failed" }); ' +
'context.response.write("ok"); };\n') +
  '    exports.onRequest = onRequest;\n' +
  '});\n';

const FIXTURE_FILES: Readonly<Record<string, string>> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      strict: true,
      module: 'amd',
      target: 'ES2019',
      noEmit: true,
      types: [],
      paths: {
        N: [join(PROJECT_ROOT, 'node_modules/@hitc/netsuite-types/N')],
        'N/*': [join(PROJECT_ROOT, 'node_modules/@hitc/netsuite-types/N/*')],
      },
    },
    include: ['src'],
  }),
  'FileCabinet/SuiteScripts/fixture/tsc_output_sl.js': HEADER('2.1', 'Suitelet') + TSC_SUITELET_BODY,
  'FileCabinet/SuiteScripts/fixture/returned_entry_point_sl.js':
    HEADER('2.1', 'Suitelet') + ('define([], function () {\n    function onRequest(context) { context.response.write("ok"); }\n    return { ' +
'onRequest: onRequest };\n});\n'),
  'FileCabinet/SuiteScripts/fixture/misspelt_script_type_sl.js': HEADER('2.1', 'Suitlet') + TSC_SUITELET_BODY,
  'FileCabinet/SuiteScripts/fixture/unknown_api_version_sl.js': HEADER('3.0', 'Suitelet') + TSC_SUITELET_BODY,
  'FileCabinet/SuiteScripts/fixture/unknown_module_sl.js': HEADER('2.1', 'Suitelet') + TSC_SUITELET_BODY.replace('"N/log"', '"N/logg"'),
  'FileCabinet/SuiteScripts/fixture/no_entry_point_sl.js':
    HEADER('2.1', 'Suitelet') + TSC_SUITELET_BODY.replace(/exports\.onRequest/g, 'exports.render'),
  'FileCabinet/SuiteScripts/fixture/source_directive_library.js':
    'define(["require", "exports"], function (require, exports) {\n' +
    '    // eslint-disable-next-line @typescript-eslint/only-throw-error -- kept from the TypeScript source\n' +
    '    exports.refuse = () => { throw { name: "REFUSED" }; };\n});\n',
  'FileCabinet/SuiteScripts/fixture/es2020_library.js':
    ('define(["require", "exports"], function (require, exports) {\n    exports.pick = (value) => value ?? ' +
'"none";\n});\n'),
  'src/core/runtime_import.ts': "import * as query from 'N/query';\nexport const runQuery = query.runSuiteQL;\n",
  'src/render/runtime_import.ts': "import * as log from 'N/log';\nexport const audit = log.audit;\n",
  'src/core/type_import.ts': "import type { Query } from 'N/query';\nexport type AuditQuery = Query;\n",
  'src/netsuite/runtime_import.ts': "import * as query from 'N/query';\nexport const runQuery = query.runSuiteQL;\n",
  'src/netsuite/record_write.ts': "import * as record from 'N/record';\nexport const remove = record.delete;\n",
  'src/suitelet/email_send.ts': "import * as email from 'N/email';\nexport const send = email.send;\n",
  'src/netsuite/watch/record_write.ts': "import * as record from 'N/record';\nexport const remove = record.delete;\n",
  'src/netsuite/record_type_import.ts': "import type { Record } from 'N/record';\nexport type Written = Record;\n",
};

let fixtureProject: string;
const messagesByFile = new Map<string, Linter.LintMessage[]>();

beforeAll(() => {
  fixtureProject = mkdtempSync(join(tmpdir(), 'lint-config-'));
  for (const [file, text] of Object.entries(FIXTURE_FILES)) {
    mkdirSync(dirname(join(fixtureProject, file)), { recursive: true });
    writeFileSync(join(fixtureProject, file), text);
  }
  const lint = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--config', join(PROJECT_ROOT, 'eslint.config.js'), '--format', 'json', 'FileCabinet', 'src'],
    { cwd: fixtureProject, encoding: 'utf8' },
  );
  if (lint.status !== 0 && lint.status !== 1) throw new Error(`ESLint could not run (exit ${lint.status}): ${lint.stderr}`);
  for (const result of JSON.parse(lint.stdout) as ESLint.LintResult[]) {
    messagesByFile.set(result.filePath.slice(fixtureProject.length + 1).split('\\').join('/'), result.messages);
  }
}, 60_000);

afterAll(() => rmSync(fixtureProject, { recursive: true, force: true }));

/** The rule ids reported for a fixture file; "parse" for a fatal parsing error. */
function reportedRules(file: string): string[] {
  const messages = messagesByFile.get(file);
  if (messages === undefined) throw new Error(`${file} was not linted at all: no config block matches it.`);
  return messages.map((message) => message.ruleId ?? (message.fatal === true ? 'parse' : 'unknown'));
}

describe('eslint.config.js on compiled SuiteScript', () => {
  it('passes a Suitelet exactly as tsc emits it', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/tsc_output_sl.js')).toEqual([]);
  });

  it('passes a Suitelet that returns its entry points', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/returned_entry_point_sl.js')).toEqual([]);
  });

  it('accepts the eslint-disable comments tsc carries over from the TypeScript sources', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/source_directive_library.js')).toEqual([]);
  });

  it('fails a misspelt @NScriptType', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/misspelt_script_type_sl.js')).toContain('suitescript/script-type');
  });

  it('fails an unknown @NApiVersion', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/unknown_api_version_sl.js')).toContain('suitescript/api-version');
  });

  it('fails a module NetSuite does not have', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/unknown_module_sl.js')).toContain('suitescript/no-invalid-modules');
  });

  it('fails a Suitelet that exports no onRequest', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/no_entry_point_sl.js')).toContain('acton-sdf/entry-point-exported');
  });

  it('fails syntax newer than the ES2019 that SuiteScript 2.1 runs', () => {
    expect(reportedRules('FileCabinet/SuiteScripts/fixture/es2020_library.js')).toEqual(['parse']);
  });
});

describe('eslint.config.js on the TypeScript layers', () => {
  it('fails a runtime N/* import in src/core and in src/render', () => {
    expect(reportedRules('src/core/runtime_import.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(reportedRules('src/render/runtime_import.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows a type-only N/* import in src/core', () => {
    expect(reportedRules('src/core/type_import.ts')).toEqual([]);
  });

  it('allows runtime N/* imports in src/netsuite', () => {
    expect(reportedRules('src/netsuite/runtime_import.ts')).toEqual([]);
  });
});

describe('eslint.config.js on the bundle\'s writes', () => {
  it('fails N/record or N/email imported outside the watch\'s writes folder', () => {
    expect(reportedRules('src/netsuite/record_write.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(reportedRules('src/suitelet/email_send.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows them in src/netsuite/watch, and type-only imports anywhere in src/netsuite', () => {
    expect(reportedRules('src/netsuite/watch/record_write.ts')).toEqual([]);
    expect(reportedRules('src/netsuite/record_type_import.ts')).toEqual([]);
  });
});
