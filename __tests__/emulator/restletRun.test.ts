import { join } from 'path';
import { createAccount, parseScenario, runRestlet, type EmulatedAccount } from '../../tools/emulator';
import { FIXTURE_SCRIPTS_FOLDER, readyAdministratorAccount } from './fixtures/scenarioDocuments';

const ECHO_RESTLET = join(FIXTURE_SCRIPTS_FOLDER, 'echo_restlet.js');

let account: EmulatedAccount;

beforeAll(async () => {
  account = await createAccount(parseScenario(JSON.stringify(readyAdministratorAccount()), 'ready.json'));
});

afterAll(() => account.close());

describe('runRestlet', () => {
  it('passes GET parameters, with script and deploy, to get() and answers its object as JSON', async () => {
    const result = await runRestlet(account, { scriptPath: ECHO_RESTLET, parameters: { integration: 'ActOnTBA' } });

    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toBe('application/json');
    expect(JSON.parse(result.body)).toEqual({
      requestParams: {
        integration: 'ActOnTBA',
        script: 'customscript_echo_restlet',
        deploy: 'customdeploy_echo_restlet',
      },
      remaining: 5000,
    });
  });

  it('passes a POSTed JSON body to post() parsed', async () => {
    const result = await runRestlet(account, {
      scriptPath: ECHO_RESTLET,
      method: 'POST',
      body: '{"accounts":["1234567"]}',
    });

    expect(JSON.parse(result.body)).toEqual({ received: { accounts: ['1234567'] } });
  });

  it('refuses a method the RESTlet does not export', async () => {
    await expect(runRestlet(account, { scriptPath: ECHO_RESTLET, method: 'DELETE' })).rejects.toMatchObject({
      code: 'ENTRY_POINT_MISSING',
    });
  });
});
