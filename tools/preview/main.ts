#!/usr/bin/env node
/**
 * `npm start`: serves the compiled readiness Suitelet on the bundled demo accounts at
 * http://localhost:4300/ (`PORT` to change; `NOW` to audit at another instant). Ctrl+C (SIGINT)
 * or SIGTERM stops it cleanly. Exit codes: 0 after a clean stop, 64 for a bad PORT or NOW,
 * 1 when the server cannot start (port taken, Suitelet not built).
 */
import * as fs from 'fs';
import { projectRoot } from '../scenarios/demoScenarios';
import { CONSOLE_LOG } from './previewLog';
import { clockSentence } from './previewPages';
import { PreviewSettingsError, previewSettingsFrom, type PreviewSettings } from './previewSettings';
import { readinessSuitelet, READINESS_SUITELET_FILE } from './previewSuitelet';
import { PreviewStartError, startPreviewServer, type RunningPreview } from './server';

/** Exit code for a bad setting (BSD sysexits EX_USAGE), as the command-line tool uses. */
const EXIT_USAGE = 64;

function fail(message: string, exitCode: number): void {
  console.error(`Act-On Readiness preview: ${message}`);
  process.exitCode = exitCode;
}

function stopOnSignals(preview: RunningPreview): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping the preview.`);
    preview.close().then(
      () => console.log('Preview stopped.'),
      (thrown: unknown) => fail(`could not stop cleanly: ${String(thrown)}`, 1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(): Promise<void> {
  let settings: PreviewSettings;
  try {
    settings = previewSettingsFrom(process.env);
  } catch (thrown) {
    if (thrown instanceof PreviewSettingsError) return fail(thrown.message, EXIT_USAGE);
    throw thrown;
  }
  const root = projectRoot();
  if (!fs.existsSync(readinessSuitelet(root).scriptPath)) {
    return fail(
      `the compiled Suitelet ${READINESS_SUITELET_FILE} is missing: run npm run build (npm start does it first).`,
      1,
    );
  }
  let preview: RunningPreview;
  try {
    preview = await startPreviewServer({
      projectRoot: root,
      now: settings.now,
      clockSource: settings.clockSource,
      port: settings.port,
      log: CONSOLE_LOG,
    });
  } catch (thrown) {
    if (thrown instanceof PreviewStartError) return fail(thrown.message, 1);
    throw thrown;
  }
  stopOnSignals(preview);
  console.log(`Act-On Readiness preview: ${preview.url}`);
  console.log(clockSentence(settings.now, settings.clockSource));
  console.log('Press Ctrl+C to stop.');
}

main().catch((thrown: unknown) => {
  CONSOLE_LOG.error('Act-On Readiness preview: unexpected failure.', thrown);
  process.exitCode = 1;
});
