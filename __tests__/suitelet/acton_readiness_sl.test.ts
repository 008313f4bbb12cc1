jest.mock('N/ui/serverWidget');
jest.mock('N/url');
jest.mock('N/log');
// The collector is the only part replaced: it returns a fixture snapshot; the engine runs for real.
jest.mock('../../src/netsuite/collector', () => ({ collectSnapshot: jest.fn() }));

import * as log from 'N/log';
import * as serverWidget from 'N/ui/serverWidget';
import type { EntryPoints } from 'N/types';
import { collectSnapshot } from '../../src/netsuite/collector';
import { REPORT_ROOT_CLASS } from '../../src/render/htmlStyles';
import { expectOnlyThePrintScript } from '../fixtures/printScript';
import { parseReportDocument } from '../../src/render/json';
import { onRequest } from '../../src/suitelet/acton_readiness_sl';
import { allElements, elementsWithClass, parseMarkup } from '../render/markup';
import { ACTON_ROLE, ACTON_SYNC, aSnapshot } from '../fixtures/snapshotBuilder';
import { SCRIPT_TAG_PAYLOAD } from '../fixtures/reports';
import {
  fieldOf,
  recordCreatedForms,
  recordedFormOf,
  requestDouble,
  resolveScriptUrls,
  responseDouble,
} from './support/suiteletDoubles';
import type { RecordedForm, RecordedResponse } from './support/suiteletDoubles';

const READY_PRODUCTION_ACCOUNT = aSnapshot();
const SANDBOX_ACCOUNT = aSnapshot({ account: { accountId: '1234567_SB1', envType: 'SANDBOX', version: '2026.2' } });

let forms: RecordedForm[];

beforeEach(() => {
  forms = recordCreatedForms();
  resolveScriptUrls();
  jest.mocked(collectSnapshot).mockReturnValue(READY_PRODUCTION_ACCOUNT);
});

afterEach(() => {
  jest.resetAllMocks();
});

function run(method: string, parameters: Record<string, string>): RecordedResponse {
  const { response, recorded } = responseDouble();
  onRequest({ request: requestDouble(method, parameters), response } as EntryPoints.Suitelet.onRequestContext);
  return recorded;
}

/** The inline report HTML of the one form the request wrote. */
/** The report as the page shows it: the verdict field above, then the checks tab's field. */
function writtenReportHtml(recorded: RecordedResponse): string {
  expect(recorded.pages).toHaveLength(1);
  const form = recordedFormOf(recorded.pages[0]);
  const checks = form?.fields.find((field) => field.id === 'custpage_checks');
  return `<div>${String(fieldOf(form, 'custpage_report').defaultValue)}${checks === undefined ? '' : String(checks.defaultValue)}</div>`;
}

/** A thrown NetSuite error, as SuiteScript shapes it. */
function suiteScriptError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

describe('onRequest: formats', () => {
  it('answers a plain GET with the form holding the report', () => {
    const recorded = run('GET', {});

    expect(forms[0]?.title).toBe('Act-On Readiness');
    expect(elementsWithClass(parseMarkup(writtenReportHtml(recorded)), 'ar-verdict')).toHaveLength(1);
    expect(recorded.body).toBe('');
  });

  it('answers format=json with the report document as a named JSON download', () => {
    const recorded = run('GET', { format: 'json' });

    const document = parseReportDocument(recorded.body);
    expect(recorded.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(recorded.headers['Content-Disposition']).toBe(
      'attachment; filename="acton-readiness-1234567-20261127.json"',
    );
    expect('error' in document ? document.error : document.account.actOnAccountId).toBe('1234567');
  });

  it('names a sandbox download after the Account ID Act-On needs', () => {
    jest.mocked(collectSnapshot).mockReturnValue(SANDBOX_ACCOUNT);

    const recorded = run('GET', { format: 'csv' });

    expect(recorded.headers['Content-Disposition']).toBe(
      'attachment; filename="acton-readiness-1234567_SB1-20261127.csv"',
    );
  });

  it('answers format=csv with a UTF-8 CSV download Excel opens correctly', () => {
    const recorded = run('GET', { format: 'csv' });

    expect(recorded.headers['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(recorded.body.startsWith('\uFEFFaccount_id,environment,generated_at,verdict,check_id,')).toBe(true);
  });

  it('answers format=print with the standalone print page, shown rather than downloaded', () => {
    const recorded = run('GET', { format: 'print' });

    expect(recorded.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(recorded.headers['Content-Disposition']).toBeUndefined();
    expect(recorded.body.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});

describe('onRequest: inputs', () => {
  it('audits what the GET link asks about', () => {
    run('GET', { integration: 'ActOnTBA', role: String(ACTON_ROLE.id), user: String(ACTON_SYNC.id) });

    expect(jest.mocked(collectSnapshot)).toHaveBeenCalledWith(
      { integrationName: 'ActOnTBA', roleId: ACTON_ROLE.id, userId: ACTON_SYNC.id, scoreFieldIds: [] },
      expect.any(Date),
    );
  });

  it("re-runs the audit with the form's fields on POST", () => {
    const recorded = run('POST', { custpage_integration: 'Act On', custpage_role: '1,001', custpage_user: '21' });

    expect(jest.mocked(collectSnapshot)).toHaveBeenCalledWith(
      { integrationName: 'Act On', roleId: 1001, userId: 21, scoreFieldIds: [] },
      expect.any(Date),
    );
    expect(recorded.pages).toHaveLength(1);
  });

  it('shows a bad parameter on the form and audits with the default', () => {
    const recorded = run('GET', { role: 'admin' });

    const [headline] = elementsWithClass(parseMarkup(writtenReportHtml(recorded)), 'ar-headline');
    expect(headline?.text).toContain('"admin" is not an internal id');
    expect(jest.mocked(collectSnapshot)).toHaveBeenCalledWith(
      { integrationName: 'ActOnTBA', roleId: null, userId: null, scoreFieldIds: [] },
      expect.any(Date),
    );
  });

  it('shows a script payload in the integration name as text', () => {
    const recorded = run('GET', { integration: SCRIPT_TAG_PAYLOAD });

    const html = writtenReportHtml(recorded);
    expectOnlyThePrintScript(
      allElements(parseMarkup(html))
        .filter((element) => element.tag === 'script')
        .map((element) => element.text),
      REPORT_ROOT_CLASS,
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('onRequest: failures', () => {
  it('explains an audit that could not finish on the form instead of NetSuite’s error screen', () => {
    jest.mocked(collectSnapshot).mockImplementation(() => {
      throw suiteScriptError('SSS_USAGE_LIMIT_EXCEEDED', 'Script Execution Usage Limit Exceeded');
    });

    const recorded = run('GET', {});

    const text = elementsWithClass(parseMarkup(writtenReportHtml(recorded)), 'ar-problems')[0]?.text ?? '';
    expect(text).toContain(
      'The audit could not finish: SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded.',
    );
    expect(text).toContain('Try again; if it persists, send this message to your NetSuite administrator.');
  });

  it('logs the failure with its message and stack, and shows no stack to the person', () => {
    const failure = suiteScriptError('SSS_USAGE_LIMIT_EXCEEDED', 'Script Execution Usage Limit Exceeded');
    jest.mocked(collectSnapshot).mockImplementation(() => {
      throw failure;
    });

    const recorded = run('GET', {});

    expect(jest.mocked(log.error)).toHaveBeenCalledWith({
      title: 'Act-On readiness audit failed',
      details: `SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded\n${failure.stack ?? ''}`,
    });
    expect(writtenReportHtml(recorded)).not.toContain('acton_readiness_sl.test');
  });

  it('answers a failed JSON request with a JSON error body, not a download', () => {
    jest.mocked(collectSnapshot).mockImplementation(() => {
      throw new Error('Unexpected token');
    });

    const recorded = run('GET', { format: 'json' });

    expect(recorded.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(recorded.headers['Content-Disposition']).toBeUndefined();
    expect(JSON.parse(recorded.body)).toEqual({
      error: {
        code: 'AUDIT_FAILED',
        message:
          'The audit could not finish: Unexpected token. Try again; if it persists, send this message to your ' +
          'NetSuite administrator.',
      },
    });
  });

  it('answers a failed print request with a plain page that says what happened', () => {
    jest.mocked(collectSnapshot).mockImplementation(() => {
      throw new Error('Unexpected token');
    });

    const recorded = run('GET', { format: 'print' });

    expect(recorded.body.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(recorded.body).toContain('The audit could not finish: Unexpected token.');
  });

  it('heads the plain page of a failed print request "The audit could not finish"', () => {
    jest.mocked(collectSnapshot).mockImplementation(() => {
      throw new Error('Unexpected token');
    });

    const recorded = run('GET', { format: 'print' });

    expect(recorded.body).toContain('<h2>The audit could not finish</h2>');
  });

  it('still says what happened when even the form cannot be built', () => {
    jest.mocked(serverWidget.createForm).mockImplementation(() => {
      throw suiteScriptError('SSS_INVALID_UI_OBJECT', 'The form could not be created');
    });

    const recorded = run('GET', {});

    expect(recorded.pages).toEqual([]);
    expect(recorded.body).toContain(
      'The audit could not finish: SSS_INVALID_UI_OBJECT: The form could not be created.',
    );
  });

  it('answers a method other than GET or POST with a clear message and audits nothing', () => {
    const recorded = run('PUT', {});

    expect(recorded.body).toContain('answers GET and POST requests only, not PUT.');
    expect(jest.mocked(collectSnapshot)).not.toHaveBeenCalled();
  });
});
