jest.mock('N/error');
jest.mock('N/log');
jest.mock('../../src/netsuite/collector', () => ({ collectSnapshot: jest.fn() }));

import * as error from 'N/error';
import * as log from 'N/log';
import { collectSnapshot } from '../../src/netsuite/collector';
import * as restlet from '../../src/restlet/acton_readiness_rl';
import type { RestletErrorBody } from '../../src/restlet/restletContract';
import { parseReportDocument } from '../../src/render/json';
import type { ReportDocument } from '../../src/render/reportDocument';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';

const collectSnapshotMock = jest.mocked(collectSnapshot);

/** NetSuite's N/error builds an error carrying the name as its code; the stub builds nothing. */
function errorsAreBuiltLikeNetSuite(): void {
  jest
    .mocked(error.create)
    .mockImplementation(
      (options) =>
        Object.assign(new Error(String(options.message)), { name: String(options.name) }) as unknown as ReturnType<
          typeof error.create
        >,
    );
}

function getReport(parameters: Record<string, unknown>): ReportDocument {
  const answer = restlet.get(parameters) as ReportDocument | RestletErrorBody;
  if ('error' in answer) throw new Error(`Expected a report, got ${answer.error.code}: ${answer.error.message}`);
  return answer;
}

beforeEach(() => {
  jest.resetAllMocks();
  errorsAreBuiltLikeNetSuite();
});

describe('GET on a ready account', () => {
  beforeEach(() => collectSnapshotMock.mockReturnValue(readyAdministrator.snapshot));

  it('answers with a well-formed public report document', () => {
    const answer = restlet.get({});

    expect(parseReportDocument(JSON.stringify(answer))).not.toHaveProperty('error');
  });

  it('reports the verdict the engine reaches for the account', () => {
    const report = getReport({});

    expect(report.verdict).toBe('READY');
    expect(report.account.actOnAccountId).toBe('1234567');
  });

  it('audits the default integration when no parameter is given', () => {
    getReport({});

    expect(collectSnapshotMock).toHaveBeenCalledWith(
      { integrationName: 'ActOnTBA', roleId: null, userId: null, scoreFieldIds: [] },
      expect.any(Date),
    );
  });

  it('passes the integration, role and user asked about to the collector', () => {
    getReport({ integration: 'Act-On Connector', role: '1001', user: '21' });

    expect(collectSnapshotMock).toHaveBeenCalledWith(
      { integrationName: 'Act-On Connector', roleId: 1001, userId: 21, scoreFieldIds: [] },
      expect.any(Date),
    );
  });

  it("ignores NetSuite's own script and deploy parameters", () => {
    const report = getReport({ script: 'customscript_acton_readiness_rl', deploy: 'customdeploy_acton_readiness_rl' });

    expect(report.inputProblems).toEqual([]);
  });

  it('reports a bad role id inside the report, as the Suitelet does, and audits without it', () => {
    const report = getReport({ role: '3 OR 1=1' });

    expect(report.inputProblems).toEqual([expect.objectContaining({ parameter: 'role' })]);
    expect(collectSnapshotMock).toHaveBeenCalledWith(expect.objectContaining({ roleId: null }), expect.any(Date));
  });
});

describe('GET on an account with Token-Based Authentication off', () => {
  it('reports NOT_READY with the failing feature check', () => {
    collectSnapshotMock.mockReturnValue(tokenBasedAuthenticationOff.snapshot);

    const report = getReport({});

    expect(report.verdict).toBe('NOT_READY');
    expect(report.checks.find((check) => check.id === 'feature.token-based-authentication')?.status).toBe('fail');
  });
});

describe('GET with a malformed request', () => {
  it('answers a MALFORMED_REQUEST error naming the parameter given twice, without auditing', () => {
    const answer = restlet.get({ role: ['1001', '1002'] });

    expect(answer).toEqual({ error: { code: 'MALFORMED_REQUEST', message: expect.stringContaining('"role"') } });
    expect(collectSnapshotMock).not.toHaveBeenCalled();
  });
});

describe('GET when the audit fails unexpectedly', () => {
  beforeEach(() => {
    collectSnapshotMock.mockImplementation(() => {
      throw Object.assign(new Error('Script Execution Usage Limit Exceeded'), { name: 'SSS_USAGE_LIMIT_EXCEEDED' });
    });
  });

  it("answers an AUDIT_FAILED error with NetSuite's code and message, never a stack", () => {
    const answer = restlet.get({}) as RestletErrorBody;

    expect(answer.error.code).toBe('AUDIT_FAILED');
    expect(answer.error.message).toContain('SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded');
    expect(answer.error.message).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("writes the failure to the deployment's execution log", () => {
    restlet.get({});

    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ details: expect.stringContaining('SSS_USAGE_LIMIT_EXCEEDED') }),
    );
  });
});

describe('methods other than GET', () => {
  it.each([
    ['POST', () => restlet.post({})],
    ['PUT', () => restlet.put({})],
    ['DELETE', () => restlet.delete({})],
  ])('%s is refused with METHOD_NOT_ALLOWED, saying GET is the method to use', (_method, call) => {
    expect(call).toThrow(
      expect.objectContaining({ name: 'METHOD_NOT_ALLOWED', message: expect.stringContaining('only answers GET') }),
    );
  });

  it('never reads the account', () => {
    expect(() => restlet.post({})).toThrow();

    expect(collectSnapshotMock).not.toHaveBeenCalled();
  });
});
