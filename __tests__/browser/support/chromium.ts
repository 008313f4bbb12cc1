/**
 * Chromium for the browser tests: Debian's package at /usr/bin/chromium (CHROMIUM_PATH to
 * override), driven by playwright-core. Without it the browser suites skip with a one-line
 * reason, except under CI=true, where a missing browser fails the run.
 */
import * as fs from 'fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet, offline, reproducible: no GPU, no sandbox (containers), no background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Why Chromium cannot run here, or null when it can. */
function chromiumMissingReason(): string | null {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return null;
  } catch {
    return `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
  }
}

/**
 * A describe block that needs Chromium. Skipped with one line on stderr when the browser is
 * missing; under CI=true a missing browser is a failing test instead.
 */
export function describeInChromium(name: string, body: () => void): void {
  const missing = chromiumMissingReason();
  if (missing === null) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(`Browser tests cannot run: ${missing}. CI=true requires them (.ci/run installs Chromium).`);
      });
    });
  } else {
    process.stderr.write(`Skipping browser tests "${name}": ${missing}.\n`);
    describe.skip(name, body);
  }
}

/** Launches Chromium; Playwright gives every launch a fresh, temporary user-data directory. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
