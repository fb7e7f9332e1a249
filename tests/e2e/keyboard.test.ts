// Keyboard-only use: on a page of every kind in both languages (and on every chart page), Tab starts at the skip link,
// reaches every link, button and control in order, each with a visible focus ring; Enter follows navigation and the
// language switch.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isChartPage } from '../support/page-weight';
import { islandsReady, launch, tabTo, url } from './browser';
import { builtPages } from './dist';

const SAMPLES = [
  '/',
  '/en/',
  '/articles/deal-explained/',
  '/en/articles/deal-explained/',
  '/articles/',
  '/companies/',
  '/en/companies/naver/',
  '/timeline/',
  '/en/tags/hbm/',
  '/methodology/',
  '/en/search/',
  '/404.html',
];
const chartPages = builtPages()
  .filter((p) => isChartPage(p.doc))
  .map((p) => p.path);
const PAGES = [...new Set([...SAMPLES, ...chartPages])];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Stop {
  index: number;
  name: string;
  ring: boolean;
  onScreen: boolean;
}

/** Numbers every element a keyboard user should reach, in document order; returns their descriptions. */
function markFocusable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]',
    );
    const names: string[] = [];
    for (const el of candidates) {
      const disabled = (el as HTMLButtonElement).disabled === true;
      if (el.tabIndex < 0 || disabled || !el.checkVisibility({ visibilityProperty: true }) || el.closest('[inert]')) continue;
      el.dataset.kbd = String(names.length);
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      names.push(`<${el.tagName.toLowerCase()}> ${label || el.getAttribute('href') || ''}`);
    }
    return names;
  });
}

/** Presses Tab until focus leaves the page or comes round again, recording each stop and its focus indicator. */
async function tabThrough(page: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.dataset.kbd === undefined) return null;
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || (style.boxShadow !== 'none' && style.boxShadow !== '');
      const box = el.getBoundingClientRect();
      const onScreen = box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight;
      return {
        index: Number(el.dataset.kbd),
        name: `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40)}`,
        ring,
        onScreen,
      };
    });
    if (!stop || stops.some((s) => s.index === stop.index)) break;
    stops.push(stop);
  }
  return stops;
}

describe.each(PAGES)('%s by keyboard', (path) => {
  it('Tab starts at the skip link, then reaches everything in order, each with a visible focus ring', async () => {
    const page = await browser.newPage();
    await page.goto(url(path));
    // What a keyboard user meets once the page has settled: islands add controls (a chart's PNG button) when they start.
    await islandsReady(page);
    const focusable = await markFocusable(page);
    expect(focusable.length).toBeGreaterThan(3);
    const stops = await tabThrough(page, focusable.length + 5);

    expect(stops[0]?.name, 'first Tab stop').toMatch(/^<a> (본문으로 건너뛰기|Skip to content)/);
    const reached = new Set(stops.map((s) => s.index));
    expect(
      focusable.filter((_, i) => !reached.has(i)),
      'never reached with Tab',
    ).toEqual([]);
    expect(
      stops.map((s) => s.index),
      'Tab order follows the page',
    ).toEqual([...stops.map((s) => s.index)].sort((a, b) => a - b));
    expect(
      stops.filter((s) => !s.ring).map((s) => s.name),
      'no visible focus ring',
    ).toEqual([]);
    expect(
      stops.filter((s) => !s.onScreen).map((s) => s.name),
      'focused but not on screen',
    ).toEqual([]);
    await page.close();
  });
});

describe('keyboard actions', () => {
  it.each([
    ['/', '/en/'],
    ['/en/articles/deal-explained/', '/articles/deal-explained/'],
  ])('Enter on the language switch of %s opens %s', async (from, to) => {
    const page = await browser.newPage();
    await page.goto(url(from));
    await tabTo(page, '[data-lang-switch]');
    await page.keyboard.press('Enter');
    await page.waitForURL(url(to));
    await page.close();
  });

  it.each([
    ['/', '/companies/'],
    ['/en/', '/en/timeline/'],
  ])('Enter on a navigation link of %s opens %s', async (from, to) => {
    const page = await browser.newPage();
    await page.goto(url(from));
    await tabTo(page, `nav a[href$="${to}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(url(to));
    await page.close();
  });

  it('Enter on the skip link moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(url('/en/articles/deal-explained/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'next stop is inside <main>').toBe(true);
    await page.close();
  });

  it('Space and Enter on the theme toggle switch the theme', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(url('/'));
    await tabTo(page, '[data-theme-toggle]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await context.close();
  });
});
