/**
 * The JSDoc header NetSuite reads before it accepts a script file: `@NApiVersion` and
 * `@NScriptType` in a comment above `define(`. A build that moved or dropped the header
 * fails here, as the upload to NetSuite would.
 */
import { EmulatorError } from '../scriptErrors';

export type EntryScriptType = 'Suitelet' | 'Restlet' | 'ScheduledScript';

/** The header's tags, or null when a tag is missing. */
export function readScriptHeader(source: string): { apiVersion: string; scriptType: string } | null {
  const defineAt = source.search(/\bdefine\s*\(/);
  const preamble = defineAt < 0 ? source : source.slice(0, defineAt);
  for (const comment of preamble.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const apiVersion = /@NApiVersion\s+([\w.]+)/.exec(comment)?.[1];
    const scriptType = /@NScriptType\s+(\w+)/.exec(comment)?.[1];
    if (apiVersion && scriptType) return { apiVersion, scriptType };
  }
  return null;
}

/**
 * Checks that `source` declares itself a script of `expected` type for SuiteScript 2.x.
 * @throws EmulatorError `SCRIPT_HEADER` naming what is missing or wrong
 */
export function assertScriptHeader(file: string, source: string, expected: EntryScriptType): void {
  const header = readScriptHeader(source);
  if (!header) {
    throw new EmulatorError(
      'SCRIPT_HEADER',
      `${file}: no /** @NApiVersion ... @NScriptType ${expected} */ comment above define(: NetSuite would not ` +
        `accept the file.`,
    );
  }
  if (!/^2\.(0|1|x)$/.test(header.apiVersion)) {
    throw new EmulatorError(
      'SCRIPT_HEADER',
      `${file}: @NApiVersion ${header.apiVersion} is not a SuiteScript 2.x version.`,
    );
  }
  if (header.scriptType.toLowerCase() !== expected.toLowerCase()) {
    throw new EmulatorError('SCRIPT_HEADER', `${file}: @NScriptType is ${header.scriptType}, expected ${expected}.`);
  }
}
