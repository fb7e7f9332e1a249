// Article text off the first screen is laid out only when it nears the screen (content-visibility: auto on prose
// blocks without links or controls, src/styles/components.css). Nothing a reader does may notice: scrolling renders it,
// links to an anchor land on it, no link is measured at a placeholder's position, print lays out everything.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url } from './browser';

const ARTICLE = '/articles/deal-explained/';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext(PHONE);
  // Chromium reports each deferred block's state changes: skipped (a placeholder) or laid out.
  await context.addInitScript(() => {
    const states: Record<string, boolean> = {};
    (window as unknown as { deferred: typeof states }).deferred = states;
    document.addEventListener(
      'contentvisibilityautostatechange',
      (e) => {
        const el = e.target as HTMLElement;
        el.dataset.deferredId ??= String(Object.keys(states).length);
        states[el.dataset.deferredId] = (e as Event & { skipped: boolean }).skipped;
      },
      true,
    );
  });
});
afterAll(async () => {
  await browser?.close();
});

/** The deferred blocks of the page: [skipped now?, has a link or control?] for each. */
const deferredBlocks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => getComputedStyle(el).contentVisibility === 'auto')
      .map((el) => ({
        id: el.dataset.deferredId,
        skipped: el.dataset.deferredId
          ? (window as unknown as { deferred: Record<string, boolean> }).deferred[el.dataset.deferredId]
          : undefined,
        interactive: el.querySelector('a, button, input, select, textarea, [tabindex]') !== null,
      })),
  );

describe('deferred layout on a phone', () => {
  it('lays out paragraphs far down the article only once a reader scrolls to them', async () => {
    const page = await context.newPage();
    await page.goto(url(ARTICLE));
    await page.waitForTimeout(300);
    const blocks = await deferredBlocks(page);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const last = blocks.at(-1)!;
    expect(last.skipped).toBe(true);
    if (!last.id) throw new Error('the last deferred block has no data-deferred-id');
    await page.locator(`[data-deferred-id="${last.id}"]`).scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => (window as unknown as { deferred: Record<string, boolean> }).deferred[id] === false, last.id);
    await page.close();
  });

  it('defers no block with a link or control, so no link is ever measured at a placeholder', async () => {
    for (const path of [ARTICLE, '/articles/challenges/', '/en/articles/deal-value/', '/tracker/']) {
      const page = await context.newPage();
      await page.goto(url(path));
      expect(
        (await deferredBlocks(page)).filter((b) => b.interactive),
        path,
      ).toEqual([]);
      // What Lighthouse's target-size audit checks, straight after load: no two links' boxes overlap.
      const overlaps = await page.evaluate(() => {
        // Line by line: a link that wraps has one box per line, and its bounding box would cover its neighbours.
        const boxes = [...document.querySelectorAll('a[href]')].flatMap((a) =>
          [...a.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ a, r })),
        );
        const found: string[] = [];
        for (const [i, x] of boxes.entries())
          for (const y of boxes.slice(i + 1))
            if (x.a !== y.a && x.r.left < y.r.right - 1 && y.r.left < x.r.right - 1 && x.r.top < y.r.bottom - 1 && y.r.top < x.r.bottom - 1)
              found.push(`${x.a.textContent?.trim().slice(0, 30)} / ${y.a.textContent?.trim().slice(0, 30)}`);
        return found;
      });
      expect(overlaps, path).toEqual([]);
      await page.close();
    }
  });

  it('lands a link to an anchor below the first screen on its target', async () => {
    const page = await context.newPage();
    await page.goto(url(`${ARTICLE}#sources-heading`));
    await page.waitForTimeout(300);
    const top = await page.locator('#sources-heading').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(PHONE.viewport.height / 2);
    await page.close();
  });

  it('lays out everything for print', async () => {
    const page = await context.newPage();
    await page.goto(url(ARTICLE));
    await page.emulateMedia({ media: 'print' });
    const deferred = await page.evaluate(
      () => [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length,
    );
    expect(deferred).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.prose > p:not(:has(a))')!).contentVisibility)).toBe('auto');
    await page.close();
  });
});
