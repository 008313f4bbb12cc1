/**
 * Runs the Suitelet as NetSuite loads it: the compiled AMD file under FileCabinet (run
 * `npm run build` first), through SuiteCloud's Jest configuration, which maps N/* to Oracle's
 * stubs and `SuiteScripts/...` to the File Cabinet folder. Only the collector is replaced.
 */
jest.mock('SuiteScripts/acton_readiness/netsuite/collector', () => ({
  collectSnapshot: (): unknown =>
    (require('../fixtures/snapshotBuilder') as typeof import('../fixtures/snapshotBuilder')).aSnapshot(),
}));

import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { EntryPoints } from 'N/types';
import { parseReportDocument } from '../../src/render/json';
import { requestDouble, responseDouble } from './support/suiteletDoubles';

const COMPILED_SUITELET = join(
  __dirname,
  '..',
  '..',
  'FileCabinet',
  'SuiteScripts',
  'acton_readiness',
  'suitelet',
  'acton_readiness_sl.js',
);

interface CompiledSuitelet {
  readonly onRequest: EntryPoints.Suitelet.onRequest;
}

function loadCompiledSuitelet(): CompiledSuitelet {
  if (!existsSync(COMPILED_SUITELET)) throw new Error(`${COMPILED_SUITELET} is missing: run \`npm run build\` first.`);
  return require('SuiteScripts/acton_readiness/suitelet/acton_readiness_sl') as CompiledSuitelet;
}

describe('the compiled Suitelet', () => {
  it('keeps the SuiteScript header above define()', () => {
    const source = readFileSync(COMPILED_SUITELET, 'utf8');

    const header = source.slice(0, source.indexOf('define('));
    expect(header).toMatch(/^\/\*\*/);
    expect(header).toContain('@NApiVersion 2.1');
    expect(header).toContain('@NScriptType Suitelet');
    expect(header).toContain('@NModuleScope SameAccount');
  });

  it('answers GET format=json with a well-formed report document', () => {
    const { onRequest } = loadCompiledSuitelet();
    const { response, recorded } = responseDouble();

    onRequest({ request: requestDouble('GET', { format: 'json' }), response } as EntryPoints.Suitelet.onRequestContext);

    const document = parseReportDocument(recorded.body);
    expect('error' in document ? document.error : 'well-formed').toBe('well-formed');
    expect(recorded.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect('error' in document ? null : [document.account.actOnAccountId, document.checks.length > 0]).toEqual([
      '1234567',
      true,
    ]);
  });
});
