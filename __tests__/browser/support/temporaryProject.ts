/**
 * A throw-away project folder for server tests that need a project the repository is not:
 * no compiled Suitelet, a broken scenario file, or a stand-in Suitelet. It keeps the real SDF
 * object, so the preview serves the same script and deployment ids.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { READINESS_SUITELET_FILE } from '../../../tools/preview/previewSuitelet';
import { PROJECT_ROOT } from './previewFixture';

export interface TemporaryProjectContents {
  /** Files to write, by path relative to the project root. */
  readonly files?: Readonly<Record<string, string>>;
  /** Repository files to copy, by path relative to the project root. */
  readonly copies?: readonly string[];
  /** Source of a stand-in compiled Suitelet; none is written when absent. */
  readonly suitelet?: string;
}

/** Creates the folder; the caller removes it with {@link removeTemporaryProject}. */
export function createTemporaryProject(contents: TemporaryProjectContents): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'acton-preview-'));
  const write = (relative: string, text: string): void => {
    const target = path.join(root, ...relative.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  for (const relative of ['Objects/customscript_acton_readiness.xml', ...(contents.copies ?? [])]) {
    write(relative, fs.readFileSync(path.join(PROJECT_ROOT, ...relative.split('/')), 'utf8'));
  }
  for (const [relative, text] of Object.entries(contents.files ?? {})) write(relative, text);
  if (contents.suitelet !== undefined) write(READINESS_SUITELET_FILE, contents.suitelet);
  return root;
}

export function removeTemporaryProject(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}
