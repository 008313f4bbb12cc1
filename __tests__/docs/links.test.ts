/**
 * The project's Markdown documents link only to what exists: a link to a heading names a heading
 * of the document it points at (as GitHub spells heading anchors), and a link to a file names a
 * file of the repository.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

const ROOT = join(__dirname, '..', '..');
const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'];

/** Text outside fenced code blocks, where Markdown links are links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(document: string): Set<string> {
  const markdown = readFileSync(join(ROOT, document), 'utf8');
  const headings = [...prose(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] ?? ''));
  return new Set(headings);
}

/** Every relative link target in a document: `[text](target)`, leaving out web addresses. */
function relativeLinks(document: string): string[] {
  const markdown = prose(readFileSync(join(ROOT, document), 'utf8')).replace(/`[^`\n]*`/g, '');
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('the link reader', () => {
  it('spells heading anchors as GitHub does', () => {
    expect(
      ["What Oracle's CLI messages mean", 'Sign-in without a browser (once per account)', 'The `audit` command'].map(
        anchorOf,
      ),
    ).toEqual(['what-oracles-cli-messages-mean', 'sign-in-without-a-browser-once-per-account', 'the-audit-command']);
  });

  it('finds the links of the README and of CONTRIBUTING.md', () => {
    expect(relativeLinks('README.md').length).toBeGreaterThan(10);
    expect(relativeLinks('CONTRIBUTING.md').length).toBeGreaterThan(5);
  });
});

describe.each(DOCUMENTS)('%s', (document) => {
  it('links only to files that exist', () => {
    const missing = relativeLinks(document)
      .map((target) => target.split('#')[0] ?? '')
      .filter((path) => path !== '')
      .filter((path) => !existsSync(join(ROOT, dirname(document), path)));

    expect(missing).toEqual([]);
  });

  it('links only to headings that exist', () => {
    const broken = relativeLinks(document)
      .filter((target) => target.includes('#'))
      .filter((target) => {
        const [path = '', anchor = ''] = target.split('#');
        const linked = path === '' ? document : join(dirname(document), path);
        // A missing file is the other test's finding.
        return existsSync(join(ROOT, linked)) && !anchorsOf(linked).has(anchor);
      });

    expect(broken).toEqual([]);
  });
});
