// Charts everyone can use, cite and share: explored by keyboard (arrow keys, Home, End, Esc) and by touch (tap, tap again,
// tap outside) with no hover anywhere, each value announced through a live region; a written summary in the figure; a
// PNG in the theme on screen; a citation and a link to the chart. Run on a home-page chart and on the tracker's chart.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, type ChartId } from '@/lib/charts/spec';
import { buildFigureIndex } from '@/lib/content/figures';
import { readContent } from '@/lib/content/read';
import { launch, tabTo, url, watchErrors } from './browser';

const { site } = readContent(process.cwd());
const ctx = { figures: buildFigureIndex(site.figures, site.recipients), recipients: site.recipients, deliveries: site.deliveries };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CASES: { path: string; chart: ChartId; lang: 'ko' | 'en' }[] = [
  { path: '/', chart: 'allocation-gpus', lang: 'ko' },
  { path: '/en/tracker/', chart: 'delivery-progress', lang: 'en' },
  { path: '/tracker/', chart: 'delivery-progress', lang: 'ko' },
];

async function open(context: BrowserContext, path: string, chart: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url(path), { waitUntil: 'networkidle' });
  const host = page.locator(`[data-chart="${chart}"] gpu-chart`);
  await host.scrollIntoViewIfNeeded();
  await page.waitForFunction((el) => el?.getAttribute('data-state') === 'drawn', await host.elementHandle(), { timeout: 10_000 });
  return { page, errors };
}

/** The table's rows as the live region reads them: 'name: head cell, head cell'. */
const tableRows = (page: Page, chart: string) =>
  page.locator(`[data-chart="${chart}"] .chart-table`).evaluate((box) => {
    const heads = [...box.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    return [...box.querySelectorAll('tbody tr')].map((tr) => {
      const [name, ...cells] = [...tr.children].map((c) => c.textContent!.trim());
      return `${name}: ${cells.map((c, i) => `${heads[i + 1]} ${c}`).join(', ')}`;
    });
  });

describe.each(CASES)('$chart on $path', ({ path, chart, lang }) => {
  const spec = chartSpec(ctx, chart, lang);
  const figure = `[data-chart="${chart}"]`;

  it('shows the written summary from the data in the figure, and names it for the canvas', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(path));
    const overview = page.locator(`${figure} [data-chart-overview]`);
    expect(await overview.isVisible()).toBe(true);
    expect(await overview.textContent()).toBe(spec.overview);
    expect(await page.locator(`${figure} .chart-canvas`).getAttribute('aria-describedby')).toBe(await overview.getAttribute('id'));
    // Without JavaScript: no PNG button and nothing to explore, the table carries every number.
    expect(await page.locator(`${figure} [data-png]`).isVisible()).toBe(false);
    expect(await page.locator(`${figure} .chart-canvas`).isVisible()).toBe(false);
    expect(await page.locator(`${figure} tbody tr`).count()).toBe(spec.rows.length);
    // On paper: the summary and the table, no canvas and no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await overview.isVisible(), 'summary printed').toBe(true);
    expect(await page.locator(`${figure} table`).isVisible(), 'table printed').toBe(true);
    expect(await page.locator(`${figure} .chart-canvas`).isVisible()).toBe(false);
    await context.close();
  });

  it('is explored by keyboard: arrow keys, Home and End announce each row; Esc closes; hovering shows nothing', async () => {
    const context = await browser.newContext();
    const { page, errors } = await open(context, path, chart);
    const rows = await tableRows(page, chart);
    const n = rows.length;
    expect(n).toBe(spec.rows.length);
    const live = page.locator(`${figure} [data-chart-live]`);
    const tip = page.locator(`${figure} .chart-tip`);
    // Reached with Tab, in the page's order, with the keys explained.
    await page.keyboard.press('Home');
    await page.evaluate(() => window.scrollTo(0, 0));
    await tabTo(page, `${figure} .chart-canvas`, 40);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await page.locator(`${figure} .chart-canvas`).getAttribute('data-hint'));
    const canvas = page.locator(`${figure} canvas`);
    const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await page.keyboard.press('ArrowDown');
    expect(await live.textContent()).toBe(`${rows[0]} (1/${n})`);
    expect(await tip.textContent()).toBe(`${rows[0]} (1/${n})`);
    // The bar being read is outlined on the canvas.
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
    await page.keyboard.press('ArrowRight');
    expect(await live.textContent()).toBe(`${rows[1]} (2/${n})`);
    await page.keyboard.press('End');
    expect(await live.textContent()).toBe(`${rows[n - 1]} (${n}/${n})`);
    await page.keyboard.press('ArrowDown');
    expect(await live.textContent(), 'stops at the last bar').toBe(`${rows[n - 1]} (${n}/${n})`);
    await page.keyboard.press('ArrowUp');
    expect(await live.textContent()).toBe(`${rows[n - 2]} (${n - 1}/${n})`);
    await page.keyboard.press('Home');
    expect(await live.textContent()).toBe(`${rows[0]} (1/${n})`);
    await page.keyboard.press('Escape');
    expect(await live.textContent()).toBe('');
    expect(await tip.isVisible()).toBe(false);
    expect(await page.evaluate((s) => document.activeElement?.matches(s), `${figure} .chart-canvas`), 'focus stays').toBe(true);
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL()), 'the outline is gone').toBe(before);
    // Tab leaves the chart for the next control.
    await page.keyboard.press('Tab');
    expect(await page.evaluate((s) => document.activeElement?.matches(s), `${figure} .chart-canvas`)).toBe(false);
    // A mouse moving over every bar shows nothing: no hover tooltips.
    const box = (await canvas.boundingBox())!;
    for (let y = box.y + 5; y < box.y + box.height; y += 10) await page.mouse.move(box.x + box.width / 3, y);
    expect(await tip.isVisible()).toBe(false);
    expect(await live.textContent()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is explored by touch: a tap shows a bar, another tap on it or a tap outside closes it', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const { page, errors } = await open(context, path, chart);
    const rows = await tableRows(page, chart);
    const n = rows.length;
    const tip = page.locator(`${figure} .chart-tip`);
    const live = page.locator(`${figure} [data-chart-live]`);
    const canvas = page.locator(`${figure} canvas`);
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    // Bars are spread over the plot area (the value axis takes the bottom 30 px); a tap picks the nearest.
    const tapBar = (i: number) => page.touchscreen.tap(box.x + box.width / 2, box.y + ((i + 0.5) * (box.height - 30)) / n);
    await tapBar(1);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(`${rows[1]} (2/${n})`);
    expect(await live.textContent()).toBe(`${rows[1]} (2/${n})`);
    await tapBar(1);
    expect(await tip.isVisible(), 'a second tap on the same bar closes it').toBe(false);
    await tapBar(n - 1);
    expect(await tip.textContent()).toBe(`${rows[n - 1]} (${n}/${n})`);
    const heading = (await page.locator(`${figure} figcaption`).boundingBox())!;
    await page.touchscreen.tap(heading.x + 10, heading.y + 5);
    expect(await tip.isVisible(), 'a tap outside the chart closes it').toBe(false);
    expect(await live.textContent()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads a PNG in the theme on screen, with the title and source lines around the chart', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme, acceptDownloads: true });
      const { page, errors } = await open(context, path, chart);
      const button = page.locator(`${figure} [data-png]`);
      expect(await button.isVisible()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(`${chart}.png`);
      const png = readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const picture = await page.evaluate(
        async ([data, selector]) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const chartCanvas = document.querySelector<HTMLCanvasElement>(`${selector} canvas`)!;
          const corner = [...g.getImageData(2, 2, 1, 1).data.slice(0, 3)];
          // Ink in the title band above the chart and in the source band below it.
          const ink = (y0: number, y1: number) => {
            const { data } = g.getImageData(0, y0, img.width, y1 - y0);
            let n = 0;
            for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - corner[0]!) > 60) n++;
            return n;
          };
          const scale = chartCanvas.width / chartCanvas.clientWidth;
          return {
            width: img.width,
            height: img.height,
            scale,
            chartWidth: chartCanvas.width,
            chartHeight: chartCanvas.height,
            corner,
            bg: getComputedStyle(document.body).backgroundColor,
            titleInk: ink(0, Math.round(40 * scale)),
            footInk: ink(img.height - Math.round(40 * scale), img.height),
            chartInk: ink(Math.round(60 * scale), img.height - Math.round(60 * scale)),
          };
        },
        [png.toString('base64'), figure] as const,
      );
      // The chart at the resolution on screen, with a 20 px margin each side and the title and source lines above and below.
      expect(picture.width).toBe(picture.chartWidth + Math.round(40 * picture.scale));
      expect(picture.height).toBeGreaterThan(picture.chartHeight + Math.round(80 * picture.scale));
      expect(picture.titleInk, 'title drawn').toBeGreaterThan(200);
      expect(picture.footInk, 'source and site drawn').toBeGreaterThan(200);
      expect(picture.chartInk, 'bars drawn').toBeGreaterThan(2000);
      await page.emulateMedia({ media: 'print' });
      expect(await button.isVisible(), 'no download button on paper').toBe(false);
      expect(`rgb(${picture.corner.join(', ')})`, `${scheme} background`).toBe(picture.bg);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('offers a citation and a link to the chart itself', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(path));
    const link = page.locator(`${figure} a[data-chart-link]`);
    const id = await page.locator(figure).getAttribute('id');
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    await page.locator(`${figure} [data-cite] summary`).click();
    // Read as a reader's paste would normalise it: the page keeps '26만 장' together with a no-break space.
    const citation = (await page.locator(`${figure} [data-citation]`).textContent())!.replace(/\u00a0/g, ' ');
    expect(await page.locator(`${figure} [data-citation]`).isVisible()).toBe(true);
    expect(citation).toContain(spec.title.replace(/\u00a0/g, ' '));
    expect(citation).toContain(lang === 'ko' ? 'GPU 26만 장' : '260K GPUs');
    expect(citation).toMatch(new RegExp(`https?://[^ ]+${path.replace(/\//g, '\\/')}#${id}$`));
    // The date of the latest data, as the page's language writes dates.
    expect(citation).toMatch(
      lang === 'ko'
        ? /\d{4}년 \d{1,2}월/
        : /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
    );
    await context.close();
  });
});
