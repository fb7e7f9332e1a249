// Article length is never capped: a copy of the site with an article three times the longest real one (Korean and
// English; tests/support/long-article.ts) passes every gate the real site does — the editor check, the build, the
// first-render budgets, valid HTML, links that resolve, and axe in a real browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/editor-check';
import { formatProblems } from '@/lib/checks/problems';
import { checkLinks, readSite, siteRoot } from '../support/link-check';
import { addLongArticle, type LongArticle } from '../support/long-article';
import { firstRenderBudget } from '../support/page-weight';
import { astroBuild, copyProject, PROJECT, type ProjectCopy } from '../support/project-copy';
import { launch, runAxe, watchErrors } from './browser';

let copy: ProjectCopy;
let dist: string;
let server: Awaited<ReturnType<typeof preview>>;
let browser: Browser;
const long: Partial<Record<'ko' | 'en', LongArticle>> = {};
const pagePath = (lang: 'ko' | 'en') => `${lang === 'ko' ? '' : 'en/'}articles/${long[lang]!.slug}/`;

beforeAll(async () => {
  copy = copyProject({ forBuild: true });
  long.ko = addLongArticle(copy.root, 'ko');
  long.en = addLongArticle(copy.root, 'en');
  const build = astroBuild(copy.root);
  if (build.status !== 0) throw new Error(`the build with the long article failed:\n${build.stdout}\n${build.stderr}`);
  dist = join(copy.root, 'dist');
  server = await preview({ root: copy.root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  copy?.remove();
});

describe.each(['ko', 'en'] as const)('an article three times the longest (%s)', (lang) => {
  const html = () => readFileSync(join(dist, pagePath(lang), 'index.html'), 'utf8');

  it('is three times the longest real article, and its page is far over one round trip in all', () => {
    expect(long[lang]!.written).toBeGreaterThanOrEqual(3 * long[lang]!.longest);
    expect(Buffer.byteLength(html())).toBeGreaterThan(3 * 14 * 1024);
  });

  it('passes the editor check, which says nothing about length', () => {
    expect(formatProblems(checkContent(copy.root).problems)).toBe('');
  });

  it('fits the first-render budgets: <head> in 8 kB gzip, up to the first paragraph in 14 kB', () => {
    const { head, firstParagraph } = firstRenderBudget(html(), parse(html()), dist, '/');
    expect(head.bytes, head.detail).toBeLessThanOrEqual(head.limit);
    expect(firstParagraph.bytes, firstParagraph.detail).toBeLessThanOrEqual(firstParagraph.limit);
  });

  it('is valid HTML and links only to pages and anchors that exist', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html(), join(PROJECT, 'long.html'));
    expect(
      report.results
        .flatMap((r) => r.messages)
        .filter((m) => m.severity === 2)
        .map((m) => `${m.ruleId}: ${m.message}`),
    ).toEqual([]);
    const problems = checkLinks(readSite(dist), siteRoot(dist)).filter((p) => p.page.includes(pagePath(lang)));
    expect(problems.map((p) => `${p.page}: ${p.link} — ${p.problem}`)).toEqual([]);
  });

  it('passes axe (WCAG 2.2 AA) with no console error', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://127.0.0.1:${server.port}/${pagePath(lang)}`);
    const result = await runAxe(page, ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'], ['violations']);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
