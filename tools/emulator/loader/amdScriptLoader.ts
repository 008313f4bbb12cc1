/**
 * Loads a compiled SuiteScript AMD file, and the project modules it depends on, with
 * requirejs. Each execution evaluates its own copy of requirejs's loader (`require.js`) inside
 * the execution's {@link ScriptRealm}: module ids (relative `../core/x` included), the
 * dependency order and the factories are requirejs's work; the emulator only supplies how a
 * module's text is obtained, through requirejs's documented `load` hook (the hook its web-worker
 * build uses: evaluate the file, then `context.completeLoad`). `N/*` ids are answered with the
 * execution's own module instances. The realm has no timers, so requirejs loads synchronously.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { EmulatorError } from '../scriptErrors';
import { valueText } from '../valueText';
import type { ScriptRealm } from './scriptRealm';

/** The part of a requirejs context the `load` hook uses (requirejs 2.3). */
interface RequireJsContext {
  completeLoad(moduleName: string): void;
  onError(error: Error): void;
}

type LocalRequire = (
  dependencies: string[],
  onLoad: (exports: unknown) => void,
  onError: (error: unknown) => void,
) => void;

/** The realm's `requirejs` global, as far as the loader uses it. */
interface RealmRequireJs {
  config(configuration: Record<string, unknown>): LocalRequire;
  load: (context: RequireJsContext, moduleName: string, url: string) => void;
  onError: (error: unknown) => void;
}

type RealmDefine = (dependencies: string[], factory: () => unknown) => void;

/** Compiled scripts by file, reused while the file is unchanged (compiling is the costly part). */
const compiledScripts = new Map<string, { readonly modified: number; readonly script: vm.Script }>();

function compiledScript(file: string): vm.Script {
  const modified = fs.statSync(file).mtimeMs;
  const cached = compiledScripts.get(file);
  if (cached?.modified === modified) return cached.script;
  let script: vm.Script;
  try {
    script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
  } catch (thrown) {
    const { name, message } = thrown as { name?: unknown; message?: unknown };
    throw new EmulatorError(
      'SCRIPT_LOAD_FAILED',
      `${file} does not compile: ${valueText(name)}: ${valueText(message)}`,
    );
  }
  compiledScripts.set(file, { modified, script });
  return script;
}

/** requirejs reports a failed module through errors carrying its id (errors from the realm included). */
function moduleError(error: unknown, moduleName: string): Error {
  const reported = typeof error === 'object' && error !== null ? error : new Error(valueText(error));
  return Object.assign(reported, { requireModules: [moduleName] }) as unknown as Error;
}

export interface ScriptLoadOptions {
  /** The compiled entry script (absolute, or relative to the working directory). */
  readonly file: string;
  /** `N/*` module instances by id, for this execution only. */
  readonly provided: Readonly<Record<string, unknown>>;
  readonly realm: ScriptRealm;
}

/** The hook requirejs calls to obtain a module: N/* from the execution, files evaluated in the realm. */
function loadHook(options: ScriptLoadOptions, define: RealmDefine): RealmRequireJs['load'] {
  const { provided, realm } = options;
  return (context, moduleName, url) => {
    try {
      if (Object.prototype.hasOwnProperty.call(provided, moduleName)) {
        const instance = provided[moduleName];
        define([], () => instance);
      } else if (moduleName === 'N' || moduleName.startsWith('N/')) {
        const known = Object.keys(provided).sort().join(', ');
        throw new EmulatorError(
          'MODULE_NOT_EMULATED',
          `The emulator does not provide ${moduleName} (it provides ${known}).`,
        );
      } else if (!fs.existsSync(url)) {
        throw new EmulatorError('SCRIPT_NOT_FOUND', `Module ${moduleName} has no file at ${url}.`);
      } else {
        compiledScript(url).runInContext(realm.context);
      }
    } catch (thrown) {
      context.onError(moduleError(thrown, moduleName));
      return;
    }
    context.completeLoad(moduleName);
  };
}

/** requirejs's loader, compiled once and evaluated in each realm. */
function requireJsInRealm(realm: ScriptRealm): { requirejs: RealmRequireJs; define: RealmDefine } {
  compiledScript(require.resolve('requirejs/require.js')).runInContext(realm.context);
  const globals = realm.context as { requirejs?: RealmRequireJs; define?: RealmDefine };
  if (!globals.requirejs || !globals.define) throw new Error('requirejs did not install itself in the script realm.');
  return { requirejs: globals.requirejs, define: globals.define };
}

/** The File Cabinet root above `file` (module ids start there), or the file's own folder. */
export function fileCabinetRoot(file: string): string {
  let directory = path.dirname(file);
  for (;;) {
    if (path.basename(directory) === 'FileCabinet') return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return path.dirname(file);
    directory = parent;
  }
}

/**
 * Loads the entry script and its dependencies; resolves with the script's exports.
 * @throws EmulatorError for a missing or uncompilable file, or an `N/*` module the emulator does
 *   not provide; an exception the script's own code throws while loading is passed through
 */
export function loadEntryScript(options: ScriptLoadOptions): Promise<Record<string, unknown>> {
  const file = path.resolve(options.file);
  const baseUrl = fileCabinetRoot(file);
  const moduleId = path.relative(baseUrl, file).replace(/\\/g, '/').replace(/\.js$/, '');
  const { requirejs, define } = requireJsInRealm(options.realm);
  requirejs.load = loadHook(options, define);
  // Any replacement of the default makes requirejs catch factory exceptions and route them to the errback.
  requirejs.onError = (error) => {
    throw error;
  };
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    // Errors from the realm are objects without the host's Error prototype: passed on as they are.
    const fail = (error: unknown): void => {
      const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
      reject(typeof original === 'object' && original !== null ? (original as Error) : new Error(valueText(original)));
    };
    try {
      requirejs.config({ baseUrl })([moduleId], (exports) => resolve(exports as Record<string, unknown>), fail);
    } catch (thrown) {
      fail(thrown);
    }
  });
}
