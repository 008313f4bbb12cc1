/**
 * Which browser the browser tests, the screenshots and the page bench start: CHROMIUM_PATH when
 * set, else the first of Debian's packages present (the headless shell before the full browser).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { locateChromium } from '../../tools/browser/chromium';

describe('finding Chromium', () => {
  let folder: string;
  let shell: string;
  let full: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'acton-chromium-'));
    shell = path.join(folder, 'chromium-headless-shell');
    full = path.join(folder, 'chromium');
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const install = (file: string, mode = 0o755): void => {
    fs.writeFileSync(file, '#!/bin/sh\n');
    fs.chmodSync(file, mode);
  };

  it('prefers the headless shell when both packages are installed', () => {
    install(shell);
    install(full);

    expect(locateChromium({}, [shell, full])).toEqual({ path: shell });
  });

  it('falls back to the full browser when the shell is missing', () => {
    install(full);

    expect(locateChromium({}, [shell, full])).toEqual({ path: full });
  });

  it('skips a file that is there but cannot be run', () => {
    install(shell, 0o644);
    install(full);

    expect(locateChromium({}, [shell, full])).toEqual({ path: full });
  });

  it('takes CHROMIUM_PATH over both packages', () => {
    const chosen = path.join(folder, 'my-chromium');
    install(chosen);
    install(shell);

    expect(locateChromium({ CHROMIUM_PATH: chosen }, [shell, full])).toEqual({ path: chosen });
  });

  it('says what CHROMIUM_PATH names when it cannot be run, rather than falling back', () => {
    install(shell);
    const chosen = path.join(folder, 'nowhere');

    expect(locateChromium({ CHROMIUM_PATH: chosen }, [shell, full])).toEqual({
      missing: `CHROMIUM_PATH names ${chosen}, which is not an executable file`,
    });
  });

  it('names both packages and the way to install one when neither is there', () => {
    expect(locateChromium({}, [shell, full])).toEqual({
      missing: `no Chromium at ${shell} or ${full} (apt-get install chromium-headless-shell, or set CHROMIUM_PATH)`,
    });
  });
});
