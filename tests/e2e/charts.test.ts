// Chart islands in a real browser: lazy loading, drawing, theme, failure, no-JS tables, CSV and the JavaScript budget.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koreanNumber } from '@/lib/format/format';
import { COMPILE_HINT } from '@/lib/site/compile-hints';
import { CHART_JS, gzipSize } from '../support/page-weight';
import { baseURL, launch, url, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CHART_CODE = /\/_astro\/draw-chart[^/]*\.js$/;
// A long article whose chart sits well below the first screen.
const ARTICLE = '/articles/challenges/';

async function open(context: BrowserContext, path: string): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const errors = watchErrors(page);
  await page.goto(url(path), { waitUntil: 'networkidle' });
  return { page, scripts, errors };
}

/** Number of canvas pixels that are not fully transparent. */
const inkedPixels = (page: Page, selector: string) =>
  page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });

/** Pixels of the allocation chart's canvas with exactly this colour. */
const pixelsOf = (page: Page, rgb: number[]) =>
  page.locator('[data-chart="allocation-gpus"] canvas').evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
    return n;
  }, rgb);

async function drawn(page: Page, chart: string) {
  const host = page.locator(`[data-chart="${chart}"] gpu-chart`).first();
  await host.scrollIntoViewIfNeeded();
  await page.waitForFunction((el) => el?.getAttribute('data-state') === 'drawn', await host.elementHandle(), { timeout: 10_000 });
  return host;
}

describe('lazy chart islands', () => {
  it('request no chart code until the chart nears the viewport, then draw pixels', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, scripts, errors } = await open(context, ARTICLE);
    await page.waitForTimeout(300);
    expect(scripts.filter((s) => CHART_CODE.test(s))).toEqual([]);
    expect(await page.locator('[data-chart] gpu-chart').first().getAttribute('data-state')).toBeNull();
    await drawn(page, 'korea-gpu-base');
    expect(scripts.filter((s) => CHART_CODE.test(s))).toHaveLength(1);
    expect(await inkedPixels(page, '[data-chart="korea-gpu-base"] canvas')).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draw on the home page, on every company page and on the tracker', async () => {
    const context = await browser.newContext();
    for (const [path, chart = 'allocation-gpus'] of [
      ['/'],
      ['/en/'],
      ['/companies/government/'],
      ['/companies/samsung/'],
      ['/companies/sk/'],
      ['/en/companies/hyundai/'],
      ['/en/companies/naver/'],
      ['/tracker/', 'delivery-progress'],
      ['/en/tracker/', 'delivery-progress'],
    ] as const) {
      const { page, errors } = await open(context, path);
      await drawn(page, chart);
      expect(await inkedPixels(page, `[data-chart="${chart}"] canvas`), path).toBeGreaterThan(2000);
      expect(errors, path).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('give the canvas a text summary for screen readers', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, '/en/');
    const canvas = page.locator('[data-chart="allocation-gpus"] canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toMatch(/NAVER: about 60,000\sGPUs/);
    await context.close();
  });

  it('follow the theme when the reader toggles it', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const { page } = await open(context, '/');
    await drawn(page, 'allocation-gpus');
    const canvas = page.locator('[data-chart="allocation-gpus"] canvas');
    const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    expect(await pixelsOf(page, [190, 18, 60])).toBeGreaterThan(500);
    await page.click('[data-theme-toggle]');
    await page.waitForTimeout(200);
    const after = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    expect(after).not.toBe(before);
    // The NAVER bar switches from the light palette's rose to the dark one's.
    expect(await pixelsOf(page, [251, 113, 133])).toBeGreaterThan(500);
    expect(await pixelsOf(page, [190, 18, 60])).toBe(0);
    await context.close();
  });

  it('draw in one paint, with no entry animation (with or without prefers-reduced-motion)', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, '/en/');
    const host = page.locator('[data-chart="allocation-gpus"] gpu-chart');
    await host.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'drawn', await host.elementHandle());
    const first = await page.locator('[data-chart="allocation-gpus"] canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await page.waitForTimeout(600);
    const later = await page.locator('[data-chart="allocation-gpus"] canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
    expect(later).toBe(first);
    await context.close();
  });

  it('fit a 320 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const { page } = await open(context, '/companies/naver/');
    await drawn(page, 'allocation-gpus');
    const widths = await page
      .locator('[data-chart="allocation-gpus"] canvas')
      .evaluate((c) => [c.getBoundingClientRect().right, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('when the chart cannot draw', () => {
  it('a blocked chart script leaves a complete figure and no page error', async () => {
    const context = await browser.newContext();
    await context.route(CHART_CODE, (route) => route.abort());
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      // The browser itself reports the blocked request; anything else would be ours.
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) consoleErrors.push(m.text());
    });
    await page.goto(url('/en/'), { waitUntil: 'networkidle' });
    const host = page.locator('[data-chart="allocation-gpus"] gpu-chart');
    await host.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'failed', await host.elementHandle());
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.locator('[data-chart="allocation-gpus"] .chart-canvas').count()).toBe(1);
    expect(await page.locator('[data-chart="allocation-gpus"] .chart-canvas').isVisible()).toBe(false);
    expect(await page.locator('[data-chart="allocation-gpus"] table').isVisible()).toBe(true);
    await context.close();
  });

  it('without JavaScript the table shows every number and the empty canvas is hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/companies/naver/'));
    const figure = page.locator('[data-chart="allocation-gpus"]').first();
    expect(await figure.locator('.chart-canvas').count()).toBe(1);
    expect(await figure.locator('.chart-canvas').isVisible()).toBe(false);
    const table = figure.locator('table');
    expect(await table.isVisible()).toBe(true);
    const text = await table.innerText();
    for (const expected of [
      '약 6만\u00a0장',
      '최대 5만\u00a0장',
      '5만\u00a0장 이상',
      '23.1%',
      '19.2%',
      '네이버클라우드',
      '현대자동차그룹',
    ]) {
      expect(text).toContain(expected);
    }
    await context.close();
  });
});

describe('data and embeds', () => {
  it('the CSV download matches the table', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/'));
    const figure = page.locator('[data-chart="allocation-gpus"]');
    const href = await figure.locator('a[data-csv]').getAttribute('href');
    const res = await page.request.get(new URL(href!, baseURL()).href);
    expect(res.status()).toBe(200);
    const rows = (await res.text())
      .replace('\uFEFF', '')
      .trim()
      .split(/\r\n/)
      .slice(1)
      .map((l) => l.split(','));
    const table = await figure
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th,td')).map((c) => c.textContent?.trim() ?? '')));
    expect(rows).toHaveLength(table.length);
    expect(rows.length, 'one row per recipient').toBe(5);
    rows.forEach((row, i) => {
      const cells = table[i]!;
      expect(cells[0]).toBe(row[0]);
      expect(cells[1]).toContain(koreanNumber(Number(row[1])));
      expect(cells[2]).toBe(`${row[3]}%`);
    });
    await context.close();
  });

  it('every chart has an embed page in both languages and copyable iframe code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of [
      '/embed/allocation-gpus/',
      '/en/embed/allocation-value/',
      '/embed/korea-gpu-base/',
      '/en/embed/government-first-batch/',
      '/embed/delivery-progress/',
    ]) {
      const res = await page.goto(url(path));
      expect(res?.status(), path).toBe(200);
      expect(await page.locator('figure[data-chart]').count(), path).toBe(1);
      expect(await page.locator('header nav').count(), path).toBe(0);
      expect(await page.locator('a[target="_top"]').count(), path).toBe(1);
    }
    await page.goto(url('/en/'));
    const code = await page.locator('[data-chart="allocation-gpus"] textarea').inputValue();
    expect(code).toMatch(/^<iframe src="http[^"]+\/en\/embed\/allocation-gpus\/" title="[^"]+"/);
    await context.close();
  });
});

describe('JavaScript budget', () => {
  it('a chart page loads at most 60 kB of gzipped JavaScript after its charts are drawn', async () => {
    const context = await browser.newContext();
    const { page, scripts } = await open(context, '/articles/deal-value/');
    for (const chart of ['allocation-value']) await drawn(page, chart);
    const files = [...new Set(scripts)].map((s) => new URL(s).pathname.replace(new URL(baseURL()).pathname, '/'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const bytes = files.reduce((sum, f) => sum + gzipSize(readFileSync(`dist${f}`)), 0);
    console.log(`[budget] chart page JavaScript: ${files.length} files, ${(bytes / 1024).toFixed(1)} kB gzip`);
    expect(bytes).toBeLessThanOrEqual(CHART_JS);
    // The chart code, and only it, asks Chromium to compile it while it downloads (src/lib/site/compile-hints.ts).
    const hinted = files.filter((f) => readFileSync(`dist${f}`, 'utf8').startsWith(`${COMPILE_HINT}\n`));
    expect(hinted).toEqual(files.filter((f) => CHART_CODE.test(f)));
    expect(hinted).toHaveLength(1);
    await context.close();
  });
});
