/**
 * Where sql.js comes from: the copy the package ships (build/vendor/sql.js, the Node
 * WebAssembly build only: the package carries none of sql.js's other builds) or, in a clone run
 * from sources, the dependency.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { setFlagsFromString } from 'v8';
import type initSqlJsFunction from 'sql.js';

/** The vendored loader, beside the compiled tools (build/vendor/sql.js/sql-wasm.js). */
export const VENDORED_SQL_JS = join(__dirname, '..', '..', '..', 'vendor', 'sql.js', 'sql-wasm.js');

export function loadSqlJs(): typeof initSqlJsFunction {
  // SQLite's WebAssembly runs a few short queries per audit: V8's baseline compiler is enough,
  // and skipping the optimising tier-up, compiled in the background for a run that has ended
  // by then, halves the CPU of a `simulate` run (1.3 s to 0.8 s here; the large account too).
  setFlagsFromString('--liftoff-only');
  // A path known only at run time: require, not import. sql-wasm.wasm is found beside the loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(existsSync(VENDORED_SQL_JS) ? VENDORED_SQL_JS : 'sql.js') as typeof initSqlJsFunction;
}
