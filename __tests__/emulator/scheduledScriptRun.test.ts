import { join } from 'path';
import {
  createAccount,
  CustomRecordStore,
  EmulatorError,
  parseScenario,
  runScheduledScript,
  type EmulatedAccount,
} from '../../tools/emulator';
import { FIXTURE_SCRIPTS_FOLDER, readyAdministratorAccount } from './fixtures/scenarioDocuments';

const SCRIPT = join(FIXTURE_SCRIPTS_FOLDER, 'writing_scheduled.js');
const FIXTURE_PROJECT = join(__dirname, 'fixtures');
const NOTE_TYPE = 'customrecord_emulator_fixture_note';

let account: EmulatedAccount;

beforeAll(async () => {
  const document = readyAdministratorAccount();
  document.employees.push({ id: 30, name: 'Former Clerk', isinactive: true, giveaccess: false, roles: [] });
  account = await createAccount(parseScenario(JSON.stringify(document), 'ready.json'), {
    now: new Date('2026-11-27T12:00:00Z'),
  });
});

afterAll(() => account.close());

const run = (scriptParameters: Record<string, string>, records = CustomRecordStore.forProject(FIXTURE_PROJECT)) =>
  runScheduledScript(account, { scriptPath: SCRIPT, scriptParameters, records });

describe('a scheduled script in the emulator', () => {
  it(
    "creates a record of the project's custom record type, seen by the next run, with the SCHEDULED context and its " +
      'units',
    async () => {
      const records = CustomRecordStore.forProject(FIXTURE_PROJECT);

      const result = await run({ custscript_action: 'note' }, records);

      expect(result.error).toBeNull();
      expect(records.list(NOTE_TYPE)).toEqual([{ id: 1, values: { custrecord_fixture_note_text: 'SCHEDULED' } }]);
      expect(result.usage).toMatchObject({ units: 6, limit: 10000 });
    },
  );

  it('refuses a record type the project does not define', async () => {
    await expect(run({ custscript_action: 'note', custscript_type: 'customer' })).rejects.toThrow(EmulatorError);
  });

  it('fails a field the custom record type does not define as NetSuite would', async () => {
    const result = await run({ custscript_action: 'note', custscript_field: 'custrecord_not_defined' });

    expect(result.error).toMatchObject({ name: 'INVALID_FLD' });
  });

  it('captures an email with employee ids resolved to addresses, for 20 units', async () => {
    const result = await run({ custscript_action: 'email' });

    expect(result.emails).toEqual([
      { author: 7, to: ['ops@example.com', 'ada.admin@example.com'], subject: 'Hello', body: '<p>Hi</p>' },
    ]);
    expect(result.usage.units).toBe(20);
  });

  it("runs as the System user (-4) with the Administrator role, not as the scenario's viewer", async () => {
    const records = CustomRecordStore.forProject(FIXTURE_PROJECT);

    await run({ custscript_action: 'user' }, records);

    expect(records.list(NOTE_TYPE)[0]?.values).toEqual({ custrecord_fixture_note_text: '-4 -System- 3 administrator' });
  });

  it.each([
    ['the System user the script runs as', 'system'],
    ['an inactive employee', '30'],
    ['an id no employee has', '999'],
  ])('refuses %s as the author with SSS_AUTHOR_MUST_BE_EMPLOYEE, sending nothing', async (_who, author) => {
    const result = await run({ custscript_action: 'email', custscript_author: author });

    expect(result.error).toMatchObject({
      name: 'SSS_AUTHOR_MUST_BE_EMPLOYEE',
      message: expect.stringContaining('The author internal id or email must match an employee') as string,
    });
    expect(result.emails).toEqual([]);
  });

  it.each([
    ['an id no employee has', 'ops@example.com,999'],
    ['a malformed address', 'ops@example,7'],
  ])('refuses a recipient that is %s with SSS_INVALID_TO_EMAIL, sending nothing', async (_what, recipients) => {
    const result = await run({ custscript_action: 'email', custscript_recipients: recipients });

    expect(result.error).toMatchObject({ name: 'SSS_INVALID_TO_EMAIL' });
    expect(result.emails).toEqual([]);
  });

  it('refuses more than 10 recipients with SSS_MAXIMUM_NUMBER_RECIPIENTS_EXCEEDED', async () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `person${index}@example.com`).join(',');

    const result = await run({ custscript_action: 'email', custscript_recipients: eleven });

    expect(result.error).toMatchObject({ name: 'SSS_MAXIMUM_NUMBER_RECIPIENTS_EXCEEDED' });
  });
});
