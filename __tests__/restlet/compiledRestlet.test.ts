/**
 * The deployed file itself: the AMD module tsc emits into FileCabinet (run `npm run build`
 * first; `npm test` does), loaded through SuiteCloud's Jest configuration with N/* mapped to
 * Oracle's stubs and only the collector replaced by a snapshot.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseReportDocument } from '../../src/render/json';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';

const COMPILED_RESTLET = join(
  __dirname,
  '../../FileCabinet/SuiteScripts/acton_readiness/restlet/acton_readiness_rl.js',
);

jest.mock('SuiteScripts/acton_readiness/netsuite/collector', () => ({ collectSnapshot: jest.fn() }));

interface CompiledRestlet {
  readonly get: (parameters: Record<string, string>) => unknown;
  readonly post: (body: unknown) => unknown;
}

function loadCompiledRestlet(): CompiledRestlet {
  if (!existsSync(COMPILED_RESTLET)) throw new Error(`${COMPILED_RESTLET} is missing: run npm run build first.`);
  return require('SuiteScripts/acton_readiness/restlet/acton_readiness_rl.js') as CompiledRestlet;
}

describe('the compiled RESTlet', () => {
  it('starts with the SuiteScript header NetSuite reads before define()', () => {
    const source = readFileSync(COMPILED_RESTLET, 'utf8');

    expect(source).toMatch(
      /^\/\*\*[\s\S]*@NApiVersion 2\.1[\s\S]*@NScriptType Restlet[\s\S]*@NModuleScope SameAccount[\s\S]*?\*\/\s*define\(/,
    );
  });

  it('answers GET with a well-formed readiness report', () => {
    const collector = require('SuiteScripts/acton_readiness/netsuite/collector') as { collectSnapshot: jest.Mock };
    collector.collectSnapshot.mockReturnValue(readyAdministrator.snapshot);
    const restlet = loadCompiledRestlet();

    const answer = restlet.get({ integration: 'ActOnTBA' });

    const document = parseReportDocument(JSON.stringify(answer));
    expect(document).toEqual(
      expect.objectContaining({
        verdict: 'READY',
        inputs: { integrationName: 'ActOnTBA', roleId: null, userId: null, scoreFieldIds: [] },
      }),
    );
  });

  it('exports the four entry points NetSuite routes the HTTP methods to', () => {
    const restlet = loadCompiledRestlet() as unknown as Record<string, unknown>;

    expect(['get', 'post', 'put', 'delete'].filter((name) => typeof restlet[name] === 'function')).toEqual([
      'get',
      'post',
      'put',
      'delete',
    ]);
  });
});
