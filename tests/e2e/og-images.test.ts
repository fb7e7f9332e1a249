// Every article's own sharing card: og:image and twitter:image name it with an absolute URL (site and base path
// respected), and the file is a 1200×630 PNG that a browser decodes — one card per article, no two alike.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticlePath, routes } from '@/lib/site/urls';
import { addressLang, builtPages } from './dist';
import { baseURL, launch, url, watchErrors } from './browser';

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The card path an article page must name: /og/articles/<slug>.png in its language. */
function expectedCard(path: string): string {
  const slug = /articles\/([^/]+)\/$/.exec(path)![1]!;
  return routes.ogImage(addressLang(path), slug);
}

const articles = builtPages()
  .filter((p) => isArticlePath(p.path))
  .map((p) => p.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('sharing cards', () => {
  it('exist for every article in both languages', () => {
    expect(articles.filter((p) => addressLang(p) === 'ko').length).toBeGreaterThan(5);
    expect(articles.filter((p) => addressLang(p) === 'en').length).toBeGreaterThan(5);
  });

  it('are named by each article page and are 1200×630 PNGs, each its own', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const base = new URL(baseURL()).pathname;
    const hashes = new Set<string>();
    for (const path of articles) {
      await page.goto(url(path));
      const og = await page.locator('meta[property="og:image"]').getAttribute('content');
      const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
      expect(twitter, path).toBe(og);
      const card = new URL(og!);
      expect(og, `${path}: an absolute URL`).toMatch(/^https?:\/\//);
      expect(decodeURIComponent(card.pathname), path).toBe(`${base}${expectedCard(path).slice(1)}`);
      expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
      expect(await page.locator('meta[property="og:image:height"]').getAttribute('content')).toBe('630');

      const response = await page.request.get(url(expectedCard(path)));
      expect(response.status(), `${path}: ${card.pathname}`).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      expect(pngSize(bytes), path).toEqual({ width: 1200, height: 630 });
      hashes.add(createHash('sha256').update(bytes).digest('hex'));

      // And the browser decodes it at that size.
      const decoded = await page.evaluate(
        async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        },
        url(expectedCard(path)),
      );
      expect(decoded).toEqual([1200, 630]);
    }
    expect(hashes.size).toBe(articles.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('are named with the Pages origin and base path in the sub-path build', () => {
    const dir = 'dist-subpath';
    if (!existsSync(join(dir, 'index.html'))) throw new Error('build dist-subpath/ first (npm test does)');
    for (const path of articles) {
      const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
      const og = parse(html).querySelector('meta[property="og:image"]')?.getAttribute('content');
      const expected = `https://example.github.io/gpu-deal${expectedCard(path)}`;
      expect(decodeURIComponent(og ?? ''), path).toBe(expected);
      expect(pngSize(readFileSync(join(dir, expectedCard(path)))), path).toEqual({ width: 1200, height: 630 });
    }
  });
});
