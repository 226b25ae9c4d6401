import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Every relative link of the README and of docs/ leads somewhere: a file of the repository and,
// for a link with #anchor into a Markdown page, one of that page's headings.

const ROOT = resolve(__dirname, '../..');

function pages(): string[] {
  const docs = join(ROOT, 'docs');
  return [
    join(ROOT, 'README.md'),
    ...readdirSync(docs)
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(docs, name)),
  ];
}

/** The page without its fenced and inline code, where brackets are not links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Markdown links and images `[text](target)`, and the `src`/`href` of HTML in the page. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const markdownLinks = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  const htmlLinks = [...text.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  return [...markdownLinks, ...htmlLinks];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsIn(markdown: string): Set<string> {
  const headings = [...prose(markdown).matchAll(/^#{1,6} +(.+?) *#* *$/gm)].map((m) => m[1]);
  return new Set(headings.map(anchorOf));
}

function brokenLinks(page: string): string[] {
  const markdown = readFileSync(page, 'utf8');
  const name = relative(ROOT, page);
  return linkTargets(markdown).flatMap((target) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return []; // https:, mailto:: not checked offline
    const [path, anchor] = target.split('#', 2);
    const file = path === '' ? page : resolve(dirname(page), decodeURI(path));
    if (!existsSync(file)) return [`${name}: ${target} (no such file)`];
    if (anchor === undefined || anchor === '') return [];
    if (!statSync(file).isFile() || !file.endsWith('.md'))
      return [`${name}: ${target} (anchor into a non-page)`];
    return anchorsIn(readFileSync(file, 'utf8')).has(anchor)
      ? []
      : [`${name}: ${target} (no heading with that anchor)`];
  });
}

describe('the README and docs/', () => {
  it('name GitHub anchors as GitHub does', () => {
    expect(anchorOf('Counting rules: the choices the spec leaves open')).toBe(
      'counting-rules-the-choices-the-spec-leaves-open',
    );
    expect(anchorOf('Why no push can remove, move or change another member’s rows')).toBe(
      'why-no-push-can-remove-move-or-change-another-members-rows',
    );
    expect(anchorOf('`npm run demo` in brief')).toBe('npm-run-demo-in-brief');
  });

  it('find links in Markdown and HTML, not in code', () => {
    expect(
      linkTargets(
        'See [a](docs/a.md#x) and <img src="docs/i.png">, not `[b](c.md)`.\n```\n[d](e.md)\n```\n',
      ),
    ).toEqual(['docs/a.md#x', 'docs/i.png']);
  });

  it('have every relative link resolve, anchors included', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(5);
    expect(all.flatMap(brokenLinks)).toEqual([]);
  });

  it('stay short: the README fits in 200 lines', () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length - 1;
    expect(lines).toBeLessThanOrEqual(200);
  });
});
