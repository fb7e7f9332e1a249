// Site search in a real browser: Korean and English queries find the right articles, with no CSP or console errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED } from '@/lib/search/compounds';
import { t } from '@/lib/site/i18n';
import { href, routes } from '@/lib/site/urls';
import { baseURL, launch, url, watchErrors } from './browser';
import { searchIndex } from './dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 10_000 });
  return page.locator('[data-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Which languages' index files the page fetches: Pagefind keeps one index per <html lang> in its one bundle
 * (pagefind/index/ko_….pf_index, pagefind/fragment/en_….pf_fragment, pagefind/pagefind.ko_….pf_meta).
 */
function watchIndexLanguages(page: Page): Set<string> {
  const langs = new Set<string>();
  page.on('request', (r) => {
    const m = /\/pagefind\/(?:index\/|fragment\/|pagefind\.)([a-z]+)_[^/]*$/.exec(new URL(r.url()).pathname);
    if (m) langs.add(m[1]!);
  });
  return langs;
}

describe('search', () => {
  it.each([
    ['삼성', '/articles/samsung-ai-megafactory/'],
    ['정부', '/articles/government-sovereign-ai/'],
    ['데이터센터', '/articles/sk-manufacturing-ai-cloud/'],
    ['치맥', '/articles/timeline-chimaek/'],
    ['현대차그룹', '/articles/hyundai-physical-ai/'],
  ])('Korean: %s finds %s', async (query, expected) => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const indexes = watchIndexLanguages(page);
    await page.goto(url('/search/'));
    const results = await search(page, query);
    expect(results.map((r) => r.replace(/^.*?\/articles\//, '/articles/'))).toContain(expected);
    // Only Korean articles come back on the Korean page, from the Korean index alone.
    expect(results.every((r) => !r.includes('/en/'))).toBe(true);
    expect([...indexes]).toEqual(['ko']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['Samsung', '/en/articles/samsung-ai-megafactory/'],
    ['sovereign', '/en/articles/government-sovereign-ai/'],
    ['Ulsan', '/en/articles/sk-manufacturing-ai-cloud/'],
    ['chimaek', '/en/articles/timeline-chimaek/'],
  ])('English: %s finds %s', async (query, expected) => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const indexes = watchIndexLanguages(page);
    await page.goto(url('/en/search/'));
    const results = await search(page, query);
    expect(results.map((r) => r.replace(/^.*?\/en\//, '/en/'))).toContain(expected);
    expect(results.every((r) => r.includes('/en/'))).toBe(true);
    expect([...indexes]).toEqual(['en']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a title and an excerpt with the match marked, linking to the article', async () => {
    const page = await browser.newPage();
    await page.goto(url('/search/?q=%EB%84%A4%EC%9D%B4%EB%B2%84'));
    await page.waitForSelector('[data-results] li');
    const first = page.locator('[data-results] li').first();
    expect((await first.locator('a').textContent())?.length).toBeGreaterThan(5);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await first.locator('a').click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });

  it.each([
    ['/en/search/', 'Samsung'],
    ['/search/', 'Samsung'],
    ['/search/', '삼성전자'],
  ])('%s?q=%s: each mark holds the word that matched and nothing else, and no text of the page is lost', async (path, query) => {
    const page = await browser.newPage();
    await page.goto(url(`${path}?q=${encodeURIComponent(query)}`));
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 10_000 });
    const results = await page.locator('[data-results] li').evaluateAll((lis) =>
      lis.map((li) => ({
        path: new URL(li.querySelector('a')!.href).pathname,
        excerpt: li.querySelector('p')!.textContent!,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
      })),
    );
    expect(results.length).toBeGreaterThan(3);
    const base = new URL(baseURL()).pathname;
    const indexed = new Map(searchIndex().map((p) => [p.url, p.content]));
    for (const r of results) {
      // Marks: the name and the letters that follow it (Samsung, 삼성전자가), never '(Samsung' or 'Samsung,'.
      for (const mark of r.marks) expect(mark, r.path).toMatch(new RegExp(`^${query}[\\p{L}\\p{N}]*$`, 'iu'));
      expect(r.marks.length, r.path).toBeGreaterThan(0);
      // The excerpt is a stretch of the page's text as indexed, less the words added for Korean compounds (and the
      // full stop Pagefind put after one that ended a block, unless the word before would have had it).
      const content = indexed.get(`/${r.path.slice(base.length)}`)!;
      const own = content.replace(new RegExp(` ${ADDED}[\\p{L}\\p{N}]+(\\.?)(?=\\s|$)`, 'gu'), (_, stop: string, at: number) =>
        stop && /[\p{L}\p{N}_'")$*]/u.test(content[at - 1]!) ? stop : '',
      );
      expect(own, r.path).toContain(r.excerpt);
    }
    await page.close();
  });

  it.each([
    ['/en/search/', ['Samsung', 'SK', 'government', 'trillion', 'source', 'NVIDIA', 'GPU']],
    ['/search/', ['삼성', 'SK', '정부', '엔비디아', 'GPU', '출처']],
  ])('%s: no two results for a common query show the same excerpt', async (path, queries) => {
    // The same excerpt twice is text every article repeats (a correction note on each article it concerns, a chart's
    // citation and embed code), not what the reader is looking for in each.
    const page = await browser.newPage();
    const repeated: string[] = [];
    for (const query of queries) {
      await page.goto(url(`${path}?q=${encodeURIComponent(query)}`));
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 10_000 });
      const excerpts = await page.locator('[data-results] li p').allTextContents();
      for (const [i, e] of excerpts.entries()) if (excerpts.indexOf(e) !== i) repeated.push(`${query}: ${e.slice(0, 80)}`);
    }
    expect(repeated).toEqual([]);
    await page.close();
  });

  it('is reachable from every page through the navigation', async () => {
    const page = await browser.newPage();
    await page.goto(url('/en/timeline/'));
    await page.click('nav >> text=Search');
    await page.waitForURL(url('/en/search/'));
    await page.close();
  });
});

describe.each(['ko', 'en'] as const)('the search page in %s', (lang) => {
  const ui = t(lang);

  it('without JavaScript, offers no search box that would do nothing, but says why and links to the articles', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(routes.search(lang)));
    const shown = await page.locator('main input, main button').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    expect(shown, 'visible search box or button').toBe(0);
    const note = page.locator('[data-no-js]');
    expect(await note.isVisible()).toBe(true);
    expect((await note.innerText()).replace(/\s+/g, ' ')).toContain(ui.searchNoScript.split('{archive}')[0]!.trim());
    const link = note.locator('a');
    expect(await link.getAttribute('href')).toBe(href.archive(lang));
    await link.click();
    await page.waitForURL(url(routes.archive(lang)));
    expect(await page.locator('main article, main li a').count()).toBeGreaterThan(5);
    await context.close();
  });

  it('with JavaScript, shows the search box and not that note', async () => {
    const page = await browser.newPage();
    await page.goto(url(routes.search(lang)));
    expect(await page.locator('#search-q').isVisible()).toBe(true);
    expect(await page.locator('main button[type="submit"]').isVisible()).toBe(true);
    expect(await page.locator('[data-no-js]').isVisible()).toBe(false);
    // Nothing else on the page tells a reader whose search box works that it needs JavaScript.
    expect(await page.locator('main').innerText()).not.toMatch(/자바스크립트|JavaScript/);
    await page.close();
  });
});
