// A page asks the server for nothing but its own document (and, after it has loaded, its islands' scripts, which
// islands.test.ts times): its CSS is inline and so is the site icon (src/lib/site/favicon.ts), because a browser
// fetches the icon while the page paints and Lighthouse's simulation then charges that request to the page's LCP.
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

// Articles without and with a chart, the timeline, the archive and the home page, in both languages.
const PAGES = ['/articles/samsung-ai-megafactory/', '/en/articles/challenges/', '/timeline/', '/en/articles/', '/'];
const islandScript = /\/_astro\/[^/]+\.js$/;

describe('requests', () => {
  it.each(PAGES)('%s requests only its document (and island scripts): no icon file', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    context.on('request', (r) => {
      const { protocol, pathname } = new URL(r.url());
      if (protocol !== 'data:' && !islandScript.test(pathname)) requested.push(pathname);
    });
    // The icon was fetched around the load event, sometimes after it: wait until the network has been quiet.
    await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(requested).toEqual([new URL(url(path)).pathname]);
    const icon = await page.$eval('link[rel="icon"]', (l) => l.getAttribute('href'));
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
