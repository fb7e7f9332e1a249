// Island scripts never compete with the first render: a page's chart or search code sits inert in
// <template data-island> (src/components/Island.astro) and the inline loader (src/lib/site/island-loader.ts) puts it in
// only after the load event and the first paint, so no script file is requested before the page has loaded and shown
// its first frame — and then the islands work.
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

// A chart near the top (home), two charts (company), and the search box, in both languages.
const PAGES = ['/', '/companies/naver/', '/search/', '/en/', '/en/search/'];

describe('island scripts', () => {
  it.each(PAGES)('%s requests no script file before the load event and the first paint, and loads its island after them', async (path) => {
    const html = await (await fetch(url(path))).text();
    const outsideTemplates = html.replace(/<template data-island>[\s\S]*?<\/template>/g, '');
    expect(html, 'the page has an island').toMatch(/<template data-island>\s*<script type="module" src=/);
    expect(outsideTemplates, 'no script file outside the island templates').not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(outsideTemplates, 'no module preloaded').not.toMatch(/modulepreload/);

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') requested.push(r.url());
    });
    await page.goto(url(path), { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('template[data-island]').length === 0, null, { timeout: 10_000 });
    // The island is live: the search form or the chart element is defined (by the island's script, now in the page).
    await page.waitForFunction(() => Boolean(customElements.get('site-search') ?? customElements.get('gpu-chart')), null, {
      timeout: 10_000,
    });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ name: e.name, start: e.startTime }));
      const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      return { loadEnd: nav.loadEventEnd, firstPaint, scripts };
    });
    expect(timing.scripts.length, `the island script was loaded (requested: ${requested.join(', ')})`).toBeGreaterThan(0);
    expect(timing.firstPaint, 'the page painted').toBeLessThan(Infinity);
    for (const s of timing.scripts) {
      expect(s.start, `${s.name} requested before the load event ended`).toBeGreaterThanOrEqual(timing.loadEnd);
      expect(s.start, `${s.name} requested before the first paint`).toBeGreaterThanOrEqual(timing.firstPaint);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
