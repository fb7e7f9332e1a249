// One language's page finisher: the search index is written as soon as the expected articles are in, and written
// again, whole and without leftovers, if more come than expected.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closeSearchIndexer, createPageFinisher } from '../../src/integrations/page-finisher';

const root = mkdtempSync(join(tmpdir(), 'page-finisher-'));
afterAll(async () => {
  await closeSearchIndexer();
  rmSync(root, { recursive: true, force: true });
});

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-x'"><style>p{color:red}</style></head><body>${body}</body></html>`;
const article = (title: string) => page(`<article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${title} and chips</p></article>`);

/** Feeds the titles as articles; with `settle`, each waits until an index written early (if any) is on disk. */
async function run(name: string, expectedArticles: number | undefined, titles: string[], settle = false) {
  const outDir = join(root, name);
  const finisher = createPageFinisher({ themeScriptHash: 'sha256-theme', base: '/', lang: 'en', outDir, expectedArticles });
  await finisher.page('/en/timeline/', page('<main><p>not an article</p></main>'));
  for (const [i, t] of titles.entries()) {
    await finisher.page(`/en/articles/${t.toLowerCase()}/`, article(t));
    if (settle && i + 1 === expectedArticles) await vi.waitUntil(() => existsSync(join(outDir, 'pagefind/en/pagefind-entry.json')), { timeout: 5000 });
  }
  const report = await finisher.finish();
  const bundle = join(outDir, 'pagefind/en');
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } };
  return { report, pageCount: entry.languages.en.page_count, fragments: readdirSync(join(bundle, 'fragment')).length, metas: readdirSync(bundle).filter((f) => f.endsWith('.pf_meta')).length };
}

describe('createPageFinisher', () => {
  it('writes the index once the expected articles are in', async () => {
    const { report, pageCount, fragments } = await run('early', 2, ['Alpha', 'Beta']);
    expect(report).toMatchObject({ pages: 3, indexed: 2, writtenEarly: 1, errors: [] });
    expect([pageCount, fragments]).toEqual([2, 2]);
  });

  it('writes it again, whole, when more articles come than expected', async () => {
    const { report, pageCount, fragments, metas } = await run('more', 1, ['Alpha', 'Beta', 'Gamma'], true);
    expect(report).toMatchObject({ indexed: 3, writtenEarly: 0, errors: [] });
    // Nothing of the one-article index is left: one meta file, one fragment per article.
    expect([pageCount, fragments, metas]).toEqual([3, 3, 1]);
  });

  it('writes it at the end when no count is known, or fewer articles came', async () => {
    for (const [name, expected] of [['unknown', undefined], ['fewer', 5]] as const) {
      const { report, pageCount } = await run(name, expected, ['Alpha', 'Beta']);
      expect(report).toMatchObject({ indexed: 2, writtenEarly: 0, errors: [] });
      expect(pageCount).toBe(2);
    }
  });

  it('tightens each page\'s CSP to its own inline style, and reports a language without articles', async () => {
    const finisher = createPageFinisher({ themeScriptHash: 'sha256-theme', base: '/', lang: 'en', outDir: join(root, 'csp') });
    const html = await finisher.page('/en/timeline/', page('<main><p>x</p></main>'));
    expect(html).toMatch(/style-src 'self' 'sha256-[^']+'/);
    expect(html).not.toContain("'sha256-x'");
    // No article at all is a problem the build stops on (the article layout lost its data-pagefind-body).
    expect((await finisher.finish()).errors).toEqual(['find any en article to index: no rendered page has data-pagefind-body']);
  });
});
