/**
 * Chromium for the browser tests, driven by playwright-core: Debian's headless shell, else its
 * full browser (tools/browser/chromium.ts; CHROMIUM_PATH overrides). Without either the browser
 * suites skip with a one-line reason, except under CI=true, where a missing browser fails the run.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, locateChromium } from '../../../tools/browser/chromium';

const LOCATION = locateChromium();

/**
 * A describe block that needs Chromium. Skipped with one line on stderr when the browser is
 * missing; under CI=true a missing browser is a failing test instead.
 */
export function describeInChromium(name: string, body: () => void): void {
  if ('path' in LOCATION) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    const { missing } = LOCATION;
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(`Browser tests cannot run: ${missing}. CI=true requires them (.ci/run installs Chromium).`);
      });
    });
  } else {
    process.stderr.write(`Skipping browser tests "${name}": ${LOCATION.missing}.\n`);
    describe.skip(name, body);
  }
}

/** Launches Chromium; Playwright gives every launch a fresh, temporary user-data directory. */
export function launchChromium(): Promise<Browser> {
  if (!('path' in LOCATION)) return Promise.reject(new Error(LOCATION.missing));
  return chromium.launch({ executablePath: LOCATION.path, headless: true, args: CHROMIUM_FLAGS });
}
