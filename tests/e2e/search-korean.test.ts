// Korean search in a real browser: queries with particles, parts of compounds and either spacing find the article a
// reader means (src/lib/search/). Before that work, Pagefind found the article for 6 of these 39 queries.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED } from '@/lib/search/compounds';
import { launch, url, watchErrors } from './browser';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  // One profile for the whole table, so Pagefind's files come from the cache after the first query.
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens /search/?q=… (the island searches what the address carries) and returns the results' paths and texts. */
async function searchFor(page: Page, query: string): Promise<{ paths: string[]; titles: string[]; excerpts: string[] }> {
  await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 15_000 });
  const items = page.locator('[data-results] li');
  return {
    paths: await items
      .locator('a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*?\/articles\//, '/articles/'))),
    titles: await items.locator('a').allTextContents(),
    excerpts: await items.locator('p').evaluateAll((ps) => ps.map((p) => p.innerHTML)),
  };
}

const article = (slug: string) => `/articles/${slug}/`;

describe('Korean search finds what a reader means', () => {
  it.each([
    // A part of a compound: Korean writes SK텔레콤, AI컴퓨팅센터, 과학기술정보통신부 as one word.
    ['텔레콤', 'sk-manufacturing-ai-cloud'],
    ['하이닉스', 'sk-manufacturing-ai-cloud'],
    ['컴퓨팅센터', 'government-sovereign-ai'],
    ['미래기획수석', 'government-sovereign-ai'],
    ['정보통신부', 'government-sovereign-ai'],
    ['연구원', 'government-sovereign-ai'],
    ['투데이', 'deal-value'],
    // A word after a middle dot: 중소기업·스타트업, 네이버클라우드·쿠팡, 이재용·정의선, 구축·운영비.
    ['업스테이지', 'government-sovereign-ai'],
    ['스타트업', 'government-sovereign-ai'],
    ['쿠팡', 'first-half-2026'],
    ['정의선', 'first-half-2026'],
    ['운영비', 'deal-value'],
    ['카카오', 'government-sovereign-ai'],
    // A particle the article never uses with that word (another article does, so Pagefind matched only that form).
    ['블랙웰이', 'hyundai-physical-ai'],
    ['블랙웰의', 'hyundai-physical-ai'],
    ['네이버와', 'naver-physical-ai'],
    ['울산의', 'sk-manufacturing-ai-cloud'],
    ['엔비디아와', 'deal-explained'],
    ['옴니버스와', 'sk-manufacturing-ai-cloud'],
    ['냉각이', 'power-estimate'],
    ['루빈의', 'chips-explained'],
    ['데이터센터를', 'sk-manufacturing-ai-cloud'],
    ['클라우드와', 'sk-manufacturing-ai-cloud'],
    ['예산으로', 'government-sovereign-ai'],
    ['금액까지', 'deal-value'],
    ['추정치의', 'deal-value'],
    ['HBM4를', 'first-half-2026'],
    // A particle on a part of a compound.
    ['텔레콤이', 'sk-manufacturing-ai-cloud'],
    ['하이닉스와', 'samsung-ai-megafactory'],
    // Spacing either way: the article writes the words as one, the reader does not.
    ['데이터 센터', 'sk-manufacturing-ai-cloud'],
    ['SK 텔레콤', 'sk-manufacturing-ai-cloud'],
    ['SK 하이닉스', 'sk-manufacturing-ai-cloud'],
    ['국가 AI 컴퓨팅센터', 'government-sovereign-ai'],
    ['AI 컴퓨팅 센터', 'government-sovereign-ai'],
    ['과학기술 정보통신부', 'government-sovereign-ai'],
    ['네이버 클라우드', 'naver-physical-ai'],
    ['도이치 텔레콤', 'global-comparison'],
    ['메가 팩토리', 'samsung-ai-megafactory'],
    ['소버린 AI', 'government-sovereign-ai'],
  ])('%s finds %s', async (query, slug) => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const { paths } = await searchFor(page, query);
    expect(paths, `results for ${query}`).toContain(article(slug));
    expect(paths.every((p) => !p.includes('/en/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ranks the article that uses a compound most first, and shows its own words, the match marked', async () => {
    const page = await context.newPage();
    const { paths, titles, excerpts } = await searchFor(page, '텔레콤');
    expect(paths[0]).toBe(article('sk-manufacturing-ai-cloud'));
    // The words the index adds never reach the reader; their mark moves to the word they belong to (SK텔레콤의).
    for (const text of [...titles, ...excerpts]) expect(text).not.toContain(ADDED);
    expect(excerpts[0]).toMatch(/<mark>[^<]*텔레콤[^<]*<\/mark>/);
    await page.close();
  });
});
