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
  account = await createAccount(parseScenario(JSON.stringify(readyAdministratorAccount()), 'ready.json'), {
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
});
