/** The compiled Suitelet's watch box, on a history the compiled watch wrote. Needs `npm run build`. */
import { join } from 'path';
import { createAccount, CustomRecordStore, loadScenario, runSuitelet } from '../../tools/emulator';
import { COMPILED_SUITELET_PATH } from '../../tools/cli/commands/simulate';
import { replayWatch } from '../../tools/watch/watchReplay';

const PROJECT_ROOT = join(__dirname, '../..');
const READY = join(PROJECT_ROOT, 'scenarios/01-ready-administrator.json');
const TOKEN_REVOKED = join(PROJECT_ROOT, 'scenarios/07-token-revoked.json');

async function suiteletPage(records: CustomRecordStore, now: string): Promise<string> {
  const account = await createAccount(loadScenario(READY), { now: new Date(now) });
  try {
    const page = await runSuitelet(account, { scriptPath: join(PROJECT_ROOT, COMPILED_SUITELET_PATH), records });
    expect(page.unsupported).toEqual([]);
    return page.body;
  } finally {
    account.close();
  }
}

describe("the Suitelet's watch box", () => {
  it('says watching is on and shows one verdict per day, newest first, after daily runs', async () => {
    const records = CustomRecordStore.forProject(PROJECT_ROOT);
    await replayWatch([READY, TOKEN_REVOKED], {
      projectRoot: PROJECT_ROOT,
      firstRunAt: new Date('2026-11-27T06:00:00Z'),
    });
    await replayWatch([READY, TOKEN_REVOKED], {
      projectRoot: PROJECT_ROOT,
      firstRunAt: new Date('2026-11-27T06:00:00Z'),
      records,
    });

    const body = await suiteletPage(records, '2026-11-28T12:00:00Z');

    expect(body).toContain('Watching is on');
    expect(body).toMatch(/<td>2026-11-28<\/td><td>Not ready<\/td><\/tr><tr><td>2026-11-27<\/td><td>Ready<\/td>/);
  });

  it('says watching is off and where to schedule it when the watch never ran', async () => {
    const body = await suiteletPage(CustomRecordStore.forProject(PROJECT_ROOT), '2026-11-28T12:00:00Z');

    expect(body).toContain('Watching is off');
    expect(body).toContain(
      'Customization &gt; Scripting &gt; Script Deployments &gt; Act-On Readiness Watch &gt; Edit &gt; Schedule',
    );
  });

  it('says watching looks off when the last run is older than two days', async () => {
    const records = CustomRecordStore.forProject(PROJECT_ROOT);
    await replayWatch([READY], { projectRoot: PROJECT_ROOT, firstRunAt: new Date('2026-11-20T06:00:00Z'), records });

    expect(await suiteletPage(records, '2026-11-28T12:00:00Z')).toContain('Watching looks off');
  });

  it('says the Email sender must be set, and where, and why the last run that got worse sent no email', async () => {
    const records = CustomRecordStore.forProject(PROJECT_ROOT);
    await replayWatch([READY, TOKEN_REVOKED], {
      projectRoot: PROJECT_ROOT,
      firstRunAt: new Date('2026-11-27T06:00:00Z'),
      records,
    });

    const body = await suiteletPage(records, '2026-11-28T12:00:00Z');

    expect(body).toContain("The email is sent from the watch's Email sender parameter (custscript_acton_watch_sender)");
    expect(body).toContain(
      'Customization &gt; Scripting &gt; Script Deployments &gt; Act-On Readiness Watch &gt; Edit &gt; Parameters',
    );
    expect(body).toContain('The last run got worse but sent no email:</strong> No sender is set');
  });
});
