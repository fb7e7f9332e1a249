// Chart labels on phones: at 320–412 px every chart, in both languages, draws its names and values whole. A label cut off
// at the canvas's edge leaves ink in its outermost pixel columns, so those must stay empty (the canvas has no background).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url } from './browser';
import { addressLang, builtPages } from './dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const WIDTHS = [320, 360, 390, 412];

/** One page for each chart in each language. */
const charts = (() => {
  const found = new Map<string, { id: string; lang: string; path: string }>();
  for (const page of builtPages()) {
    for (const figure of page.doc.querySelectorAll('figure[data-chart]')) {
      const id = figure.getAttribute('data-chart')!;
      const lang = addressLang(page.path);
      if (!found.has(`${lang} ${id}`)) found.set(`${lang} ${id}`, { id, lang, path: page.path });
    }
  }
  return [...found.values()];
})();

/** Whether the chart's canvas has ink in its two outermost pixel columns on each side. */
async function inkAtEdges(host: Locator): Promise<{ left: boolean; right: boolean }> {
  return host.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const inked = (x: number) => {
      const { data } = ctx.getImageData(x, 0, 2, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
      return false;
    };
    return { left: inked(0), right: inked(canvas.width - 2) };
  });
}

async function drawn(page: Page, host: Locator): Promise<void> {
  await host.scrollIntoViewIfNeeded();
  await page.waitForFunction((el) => el?.getAttribute('data-state') === 'drawn', await host.elementHandle(), { timeout: 10_000 });
}

describe('chart labels on a phone', () => {
  it('finds every chart in both languages', () => {
    expect(charts.length).toBeGreaterThanOrEqual(12);
    expect(new Set(charts.map((c) => c.lang))).toEqual(new Set(['ko', 'en']));
  });

  it.each(WIDTHS)('at %i px, no chart has ink in its outermost pixel columns (a label cut off at the edge)', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const clipped: string[] = [];
    for (const { id, lang, path } of charts) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
      const host = page.locator(`figure[data-chart="${id}"] gpu-chart`).first();
      await drawn(page, host);
      const edges = await inkAtEdges(host);
      if (edges.left) clipped.push(`${lang} ${id} (${path}): left edge`);
      if (edges.right) clipped.push(`${lang} ${id} (${path}): right edge`);
    }
    expect(clipped).toEqual([]);
    await context.close();
  });

  it('cuts no label off when the window narrows after the chart is drawn (a phone turned upright)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url('/en/articles/global-comparison/'), { waitUntil: 'networkidle' });
    const host = page.locator('figure[data-chart="country-comparison"] gpu-chart');
    await drawn(page, host);
    await page.setViewportSize({ width: 320, height: 800 });
    // Chart.js redraws on its ResizeObserver's next callback.
    await expect.poll(async () => (await host.locator('canvas').boundingBox())?.width ?? 0).toBeLessThan(320);
    await page.waitForTimeout(300);
    expect(await inkAtEdges(host)).toEqual({ left: false, right: false });
    await context.close();
  });
});
