import { join } from 'path';
import { createAccount, EmulatorError, parseScenario, runSuitelet, type EmulatedAccount } from '../../tools/emulator';
import { FIXTURE_SCRIPTS_FOLDER, readyAdministratorAccount } from './fixtures/scenarioDocuments';

const script = (name: string): string => join(FIXTURE_SCRIPTS_FOLDER, name);
const NOW = new Date('2026-11-27T12:00:00Z');

let account: EmulatedAccount;

beforeAll(async () => {
  const document = { ...readyAdministratorAccount(), unavailable: { integration: 'INVALID_SEARCH_TYPE' } };
  account = await createAccount(parseScenario(JSON.stringify(document), 'ready.json'), { now: NOW });
});

afterAll(() => account.close());

describe('a Suitelet building a form', () => {
  it(
    'adds a field to a tab of the form, and refuses a container the form does not have as NetSuite refuses a bad ' +
      'argument',
    async () => {
      const onTab = await runSuitelet(account, {
        scriptPath: script('tab_suitelet.js'),
        parameters: { container: 'custpage_tab_checks' },
      });
      const missing = await runSuitelet(account, {
        scriptPath: script('tab_suitelet.js'),
        parameters: { container: 'custpage_tab_missing' },
      });

      expect(JSON.parse(onTab.body)).toEqual({ tab: 'Checks', tabs: ['custpage_tab_checks'], added: true });
      expect(JSON.parse(missing.body)).toMatchObject({
        added: false,
        type: 'error.SuiteScriptError',
        name: 'WRONG_PARAMETER_TYPE',
      });
      expect(JSON.parse(missing.body).message).toContain(
        'options.container "custpage_tab_missing" is not a field group or tab of this form',
      );
    },
  );

  it('answers GET with the rendered page, its project modules loaded from the File Cabinet', async () => {
    const result = await runSuitelet(account, { scriptPath: script('form_suitelet.js'), parameters: { name: 'Ada' } });

    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(result.body).toContain('<span class="ns-value" id="custpage_summary_val">Hello, Ada</span>');
  });

  it('escapes a parameter echoed into a field', async () => {
    const result = await runSuitelet(account, {
      scriptPath: script('form_suitelet.js'),
      parameters: { name: '"><script>alert(1)</script>' },
    });

    expect(result.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(result.body).not.toContain('<script>alert(1)</script>');
  });

  it('posts back to the Suitelet with the field ids as form fields', async () => {
    const page = await runSuitelet(account, { scriptPath: script('form_suitelet.js') });

    const posted = await runSuitelet(account, {
      scriptPath: script('form_suitelet.js'),
      method: 'POST',
      fields: { custpage_name: 'Grace', custpage_choice: 'a' },
    });

    expect(page.body).toMatch(
      /<form method="post" action="\/app\/site\/hosting\/scriptlet\.nl\?script=customscript_form_suitelet&amp;deploy=customdeploy_form_suitelet"/,
    );
    expect(JSON.parse(posted.body)).toEqual({
      parameters: {
        custpage_name: 'Grace',
        custpage_choice: 'a',
        script: 'customscript_form_suitelet',
        deploy: 'customdeploy_form_suitelet',
      },
      body: 'custpage_name=Grace&custpage_choice=a',
    });
  });

  it('serves a download with the content type and file name the script set', async () => {
    const result = await runSuitelet(account, {
      scriptPath: script('form_suitelet.js'),
      parameters: { format: 'csv', name: 'Ada' },
    });

    expect(result.headers).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="fixture.csv"',
    });
    expect(result.body).toBe('name\r\nAda\r\n');
  });
});

describe('what a script sees of its environment', () => {
  let seen: Record<string, unknown>;
  let logs: unknown;

  beforeAll(async () => {
    const result = await runSuitelet(account, { scriptPath: script('environment_suitelet.js') });
    seen = JSON.parse(result.body) as Record<string, unknown>;
    logs = result.logs;
  });

  it('has a clock that starts at the account’s fixed "now"', () => {
    expect(String(seen.now).slice(0, 16)).toBe('2026-11-27T12:00');
  });

  it('has none of Node’s globals', () => {
    expect(seen.nodeGlobals).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('reads the account, the viewer and their Administrator permissions', () => {
    expect(seen).toMatchObject({
      accountId: '1234567',
      envType: 'PRODUCTION',
      version: '2026.2',
      user: { id: 7, name: 'Ada Admin', role: 3, roleId: 'administrator', contacts: 4, tokens: 4 },
      features: { TBA: true, OAUTH2: false },
    });
  });

  it('knows its script and deployment ids from the SDF object that names the file', () => {
    expect(seen.script).toEqual({
      id: 'customscript_emulator_fixture_env',
      deploymentId: 'customdeploy_emulator_fixture_env',
      remaining: 990,
    });
  });

  it('builds script links with URL-encoded parameters', () => {
    expect(seen.link).toBe(
      '/app/site/hosting/scriptlet.nl?script=customscript_emulator_fixture_env&deploy=customdeploy_emulator_fixture_env&integration=Act+On+%26+Co',
    );
  });

  it('meets an unavailable table as a SuiteScriptError carrying the scenario’s code', () => {
    expect(seen.unavailable).toMatchObject({
      name: 'INVALID_SEARCH_TYPE',
      isError: true,
      json: { name: 'INVALID_SEARCH_TYPE', type: 'error.SuiteScriptError' },
    });
  });

  it('writes to the global log, collected rather than printed', () => {
    expect(logs).toEqual([{ level: 'AUDIT', title: 'environment', details: '{"user":7}' }]);
  });
});

describe('a Suitelet that throws', () => {
  it('gets NetSuite’s error page, status 500, with the message escaped', async () => {
    const result = await runSuitelet(account, { scriptPath: script('failing_suitelet.js') });

    expect(result.status).toBe(500);
    expect(result.error).toMatchObject({ name: 'FIXTURE_FAILURE', message: 'Broken <img src=x onerror=alert(1)>' });
    expect(result.body).toContain('Broken &lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('what the emulator cannot run', () => {
  it('names a module it does not provide', async () => {
    await expect(runSuitelet(account, { scriptPath: script('record_suitelet.js') })).rejects.toThrow(
      'The emulator does not provide N/record',
    );
  });

  it('lists a member it does not provide even when the script swallows the error', async () => {
    const result = await runSuitelet(account, { scriptPath: script('unemulated_member_suitelet.js') });

    expect(result.body).toBe('carried on');
    expect(result.unsupported).toEqual(['N/query.create']);
  });

  it('refuses a file without the SuiteScript header, as NetSuite would', async () => {
    await expect(runSuitelet(account, { scriptPath: script('headerless_suitelet.js') })).rejects.toMatchObject({
      code: 'SCRIPT_HEADER',
    });
  });

  it('refuses a RESTlet run as a Suitelet', async () => {
    await expect(runSuitelet(account, { scriptPath: script('echo_restlet.js') })).rejects.toThrow(
      '@NScriptType is Restlet, expected Suitelet',
    );
  });

  it('says to build first when the compiled file is missing', async () => {
    const running = runSuitelet(account, { scriptPath: 'FileCabinet/SuiteScripts/nowhere/missing_sl.js' });

    await expect(running).rejects.toBeInstanceOf(EmulatorError);
    await expect(running).rejects.toThrow('run "npm run build" first');
  });

  it('refuses a method a Suitelet cannot receive', async () => {
    await expect(
      runSuitelet(account, { scriptPath: script('form_suitelet.js'), method: 'PUT' as 'POST' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe("the scenario's own clock", () => {
  async function nowSeenIn(document: Record<string, unknown>, options: { now?: Date } = {}): Promise<string> {
    const clocked = await createAccount(parseScenario(JSON.stringify(document), 'clock.json'), options);
    try {
      const result = await runSuitelet(clocked, { scriptPath: script('environment_suitelet.js') });
      return String((JSON.parse(result.body) as Record<string, unknown>).now).slice(0, 16);
    } finally {
      clocked.close();
    }
  }

  it('starts the account at the scenario\'s "now" when the caller fixes none', async () => {
    expect(await nowSeenIn({ ...readyAdministratorAccount(), now: '2025-03-04T05:06:00Z' })).toBe('2025-03-04T05:06');
  });

  it("gives way to the caller's clock", async () => {
    expect(
      await nowSeenIn(
        { ...readyAdministratorAccount(), now: '2025-03-04T05:06:00Z' },
        { now: new Date('2026-01-02T03:04:00Z') },
      ),
    ).toBe('2026-01-02T03:04');
  });
});
