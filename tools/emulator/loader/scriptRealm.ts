/**
 * The JavaScript realm a script runs in: a fresh `vm` context per execution holding only what
 * SuiteScript's server runtime gives a script (the ECMAScript built-ins plus the global `log`),
 * so a script using Node's `process`, `require('fs')`, `setTimeout` or `console` fails here as
 * it would in NetSuite. When the account fixes "now", the realm's clock starts there and runs.
 *
 * This is isolation for fidelity, not a security boundary: the scripts are the project's own.
 */
import * as vm from 'vm';
import type { ErrorRealm } from '../scriptErrors';

export interface ScriptRealm extends ErrorRealm {
  readonly context: vm.Context;
}

export interface ScriptRealmOptions {
  /** The instant `new Date()` gives when the script starts; null for the real clock. */
  readonly now: Date | null;
  /** Globals besides the ECMAScript built-ins (e.g. `log`). */
  readonly globals: Readonly<Record<string, unknown>>;
}

/**
 * Replaces the realm's `Date` with one whose clock starts at `start` and advances with real
 * time; dates built from arguments, `Date.UTC` and `Date.parse` are untouched.
 */
const INSTALL_CLOCK = `(function installClock(start, elapsedMilliseconds) {
  const RealDate = Date;
  const now = () => start + elapsedMilliseconds();
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, property, receiver) {
      return property === 'now' ? now : Reflect.get(target, property, receiver);
    },
  });
})`;

/** A new realm for one script execution. */
export function createScriptRealm(options: ScriptRealmOptions): ScriptRealm {
  const context = vm.createContext(
    { ...options.globals },
    { name: 'SuiteScript', codeGeneration: { strings: true, wasm: false } },
  );
  if (options.now) {
    const startedAt = performance.now();
    const installClock = vm.runInContext(INSTALL_CLOCK, context) as (start: number, elapsed: () => number) => void;
    installClock(options.now.getTime(), () => Math.floor(performance.now() - startedAt));
  }
  return { context, ErrorConstructor: vm.runInContext('Error', context) as ErrorConstructor };
}
