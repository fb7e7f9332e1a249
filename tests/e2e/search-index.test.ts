// The built search index (dist/pagefind/) against the pages it was built from: it holds the articles' own text, with
// the word breaks a reader sees (table cells, captions and other blocks apart, not run together), not what many
// articles repeat word for word, and the words it adds for Korean compounds (src/lib/search/index-pages.ts) stand on
// their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED } from '@/lib/search/compounds';
import { launch, renderDeferred, url } from './browser';
import { DIST, searchIndex } from './dist';

const indexed = searchIndex();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  // The page as it is, with no island adding or moving anything.
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

/** A word without the full stop Pagefind puts after a block's last word (and a reader may see after a sentence). */
const bare = (word: string) => word.replace(/\.$/, '');

/** The page's own words in the index: the added words left out. */
const pageWords = (content: string) =>
  content
    .split(/\s+/)
    .filter((w) => w && !w.startsWith(ADDED))
    .map(bare);

describe('the search index', () => {
  it('holds every article, in both languages', () => {
    expect(indexed.filter((p) => p.url.startsWith('/en/')).length).toBeGreaterThan(10);
    expect(indexed.filter((p) => !p.url.startsWith('/en/')).length).toBeGreaterThan(10);
  });

  it('keeps the words a reader sees: no word runs into the next cell, caption or block', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    for (const { url: path, content } of indexed) {
      await page.goto(url(path));
      await renderDeferred(page);
      // What a reader sees of the indexed part: everything Pagefind leaves out hidden, every <details> open.
      const seen = await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>(
          '[data-pagefind-ignore], label, form, nav, footer, iframe, noscript, script, style, template, svg',
        ))
          el.style.display = 'none';
        for (const d of document.querySelectorAll('details')) d.open = true;
        return (document.querySelector<HTMLElement>('[data-pagefind-body]')?.innerText ?? '').split(/\s+/);
      });
      const words = new Set(seen.map(bare));
      const runOn = [...new Set(pageWords(content).filter((w) => !words.has(w)))];
      if (runOn.length)
        problems.push(`${path}: ${runOn.slice(0, 8).join(' | ')}${runOn.length > 8 ? ` and ${runOn.length - 8} more` : ''}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('leaves out what articles repeat word for word: correction notes, chart citations, embed codes and source lines', () => {
    const repeated = [
      '[data-corrections] [data-correction]',
      '.chart-actions [data-citation]',
      '.chart-actions textarea',
      '[data-chart-sources]',
    ];
    const found: string[] = [];
    let checked = 0;
    for (const { url: path, content } of indexed) {
      const doc = parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      const flat = content
        .split(/\s+/)
        .filter((w) => !w.startsWith(ADDED))
        .join(' ');
      for (const el of doc.querySelectorAll(repeated.join(', '))) {
        // A stretch of its words long enough to be no coincidence.
        const words = el.text.trim().split(/\s+/).slice(0, 8).join(' ');
        checked++;
        if (flat.includes(words)) found.push(`${path}: ${words}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });

  it('has the words added for Korean compounds stand alone, each after the words it comes from', () => {
    // SK텔레콤 `텔레콤 is right; SK텔레콤 `텔레콤과 or 발표했다 `했다(Samsung carry the page's own text (과, (Samsung) off
    // with them when the search island takes the added words out of an excerpt.
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    const misplaced: string[] = [];
    for (const { url: path, content } of indexed) {
      const before: string[] = [];
      for (const word of content.split(/\s+/)) {
        if (!word.startsWith(ADDED)) {
          before.push(word);
          continue;
        }
        // Ending a block, it carries the full stop Pagefind puts after a block's last word.
        const term = word.slice(ADDED.length).replace(/\.$/, '');
        // A part of the word before it (SK텔레콤 → 텔레콤), or the two words before it joined (데이터 센터 → 데이터센터).
        const standsAlone = /^[\p{L}\p{N}]+$/u.test(term) && letters(before.slice(-2).join('')).includes(term);
        if (!standsAlone) misplaced.push(`${path}: …${before.slice(-2).join(' ')} ${word}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
