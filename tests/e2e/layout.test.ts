// Layout in a browser: skip link, no horizontal scrolling at 320 px, Korean line breaking.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['/', '/en/', '/articles/deal-explained/', '/en/articles/deal-explained/', '/companies/', '/en/timeline/', '/articles/', '/en/articles/', '/en/search/'];

describe('responsive layout', () => {
  it.each(PAGES)('%s fits a 320 px screen without horizontal scrolling', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(url(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('header navigation', () => {
  it.each(['/', '/en/'])('%s: every section link fits on one row of a 320 px screen', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(url(path));
    const rows = await page.locator('header nav a').evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(new Set(rows).size, `link tops: ${rows.join(', ')}`).toBe(1);
    await page.close();
  });
});

describe('keyboard and typography', () => {
  it('offers a skip link as the first focusable element', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => [document.activeElement?.getAttribute('href'), document.activeElement?.textContent]);
    expect(focused).toEqual(['#main', '본문으로 건너뛰기']);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('breaks Korean text between words (keep-all) and English normally', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('keep-all');
    await page.goto(url('/en/'));
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('normal');
    await page.close();
  });

  it('requests no web fonts (no layout shift from fonts)', async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    await page.goto(url('/articles/deal-explained/'), { waitUntil: 'networkidle' });
    expect(fonts).toEqual([]);
    await page.close();
  });
});
