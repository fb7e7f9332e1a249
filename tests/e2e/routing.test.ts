// Bilingual routing in a real browser: languages, the language switch, the 404 page, and no JavaScript files.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('home pages', () => {
  it.each([
    ['/', 'ko', /GPU 26만\s장/],
    ['/en/', 'en', /260K GPUs/],
  ])('%s is in %s', async (path, lang, title) => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const res = await page.goto(url(path));
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.title()).toMatch(title);
    expect(await page.locator('h1').count()).toBe(1);
    // The headline figures render from the data layer.
    const total = await page.locator('[data-figure="allocation.total"]').first().textContent();
    expect(total).toBe(lang === 'ko' ? '약 26만\u00a0장' : 'about 260,000\u00a0GPUs');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('language switch', () => {
  it('leads from the Korean home to the English one and back', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    await page.click('[data-lang-switch]');
    await page.waitForURL(url('/en/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('[data-lang-switch]');
    await page.waitForURL(url('/'));
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.close();
  });

  it('leads from an article to its translation', async () => {
    const page = await browser.newPage();
    await page.goto(url('/articles/deal-explained/'));
    await page.click('[data-lang-switch]');
    await page.waitForURL(url('/en/articles/deal-explained/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('keeps the reader on the same section (company page)', async () => {
    const page = await browser.newPage();
    await page.goto(url('/en/companies/naver/'));
    await page.click('[data-lang-switch]');
    await page.waitForURL(url('/companies/naver/'));
    await page.close();
  });
});

describe('unknown addresses', () => {
  it('get the 404 page with a 404 status and a way back', async () => {
    const page = await browser.newPage();
    const res = await page.goto(url('/no-such-page/'));
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('페이지를 찾을 수 없습니다');
    expect(await page.locator('a', { hasText: '홈으로 돌아가기' }).count()).toBe(1);
    expect(await page.locator('a', { hasText: 'Back to the home page' }).count()).toBe(1);
    await page.close();
  });

  it('under /en/ too', async () => {
    const page = await browser.newPage();
    const res = await page.goto(url('/en/no-such-article/'));
    expect(res?.status()).toBe(404);
    expect(await page.locator('text=Page not found').count()).toBe(1);
    await page.close();
  });
});

describe('static by default', () => {
  it.each(['/timeline/', '/en/companies/', '/articles/samsung-ai-megafactory/', '/en/articles/naver-physical-ai/', '/methodology/'])(
    '%s (no chart) requests no JavaScript file',
    async (path) => {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'script') scripts.push(req.url());
      });
      const res = await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(res?.status(), 'the page exists').toBe(200);
      expect(scripts).toEqual([]);
      await page.close();
    },
  );
});
