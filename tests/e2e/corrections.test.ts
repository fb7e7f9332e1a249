// The corrections record and freshness as readers see them in the built site: every corrected article carries its
// dated notes, /corrections/ lists every correction newest first, and every article and home page says how far its
// reporting reaches — the latest date of its own sources, read from the data, not typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isPublished } from '@/lib/content/articles';
import { latestDate, siteReach } from '@/lib/content/reach';
import { checkContent } from '@/lib/checks/editor-check';
import { launch, url } from './browser';
import { builtPages } from './dist';

const { site, figures } = checkContent(process.cwd());
const pages = new Map(builtPages().map((p) => [p.path, p.doc]));
const published = site.articles.filter((a) => isPublished(a.data));
const pathOf = (a: (typeof published)[number]) => `${a.lang === 'ko' ? '' : '/en'}/articles/${a.slug}/`;
// A page keeps a number with its unit by a no-break space (src/lib/format/line-breaks.ts); the data has a space.
const text = (el: { text: string }) => el.text.replace(/\u00a0/g, ' ');
const newestFirst = [...site.corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));

describe('corrections', () => {
  it('the record is not empty (the November 2026 fact-check)', () => {
    expect(site.corrections.length).toBeGreaterThan(10);
  });

  it.each(published.map((a) => [pathOf(a), a] as const))('%s shows each of its corrections, dated, with what it said before', (path, a) => {
    const doc = pages.get(path)!;
    const mine = newestFirst.filter((c) => c.articles.includes(a.data.translationKey));
    const notes = doc.querySelectorAll('[data-corrections] [data-correction]');
    expect(notes.map((n) => n.getAttribute('data-correction'))).toEqual(mine.map((c) => c.id));
    for (const [i, c] of mine.entries()) {
      expect(notes[i]!.querySelector('time')?.getAttribute('datetime')).toBe(c.date);
      expect(text(notes[i]!)).toContain(c.now[a.lang]);
      expect(text(notes[i]!)).toContain(c.wrong[a.lang]);
    }
    // Notes sit at the top, in the article's header, above the text.
    if (mine.length) expect(doc.querySelector('article header [data-corrections]')).not.toBeNull();
  });

  it.each(['/corrections/', '/en/corrections/'])('%s lists every correction, newest first, linking the corrected articles', (path) => {
    const doc = pages.get(path)!;
    const lang = path.startsWith('/en/') ? 'en' : 'ko';
    const items = doc.querySelectorAll('[data-corrections-list] > li');
    expect(items.map((li) => li.id)).toEqual(newestFirst.map((c) => c.id));
    for (const [i, c] of newestFirst.entries()) {
      expect(text(items[i]!)).toContain(c.now[lang]);
      const links = items[i]!.querySelectorAll('a').map((x) => x.getAttribute('href'));
      const expected = c.articles
        .map((k) => published.find((a) => a.lang === lang && a.data.translationKey === k))
        .filter((a) => a !== undefined);
      expect(links).toEqual(expected.map(pathOf));
    }
  });
});

describe('an article’s corrections, as a phone reader meets them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // The most corrected article: its notes, shown in full, would fill a phone's first screen.
  const most = published
    .filter((a) => a.lang === 'ko')
    .map((a) => ({ path: pathOf(a), mine: newestFirst.filter((c) => c.articles.includes(a.data.translationKey)) }))
    .sort((a, b) => b.mine.length - a.mine.length)[0]!;

  it('shows one line saying how many and when, folded, with the first paragraph on the first screen', async () => {
    expect(most.mine.length).toBeGreaterThanOrEqual(3);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url(most.path));
    const summary = page.locator('[data-corrections] summary');
    expect(await summary.isVisible()).toBe(true);
    expect(text({ text: (await summary.textContent())! })).toContain(`${most.mine.length}차례`);
    expect(await summary.locator('..').getAttribute('open')).toBeNull();
    expect(await page.locator('[data-correction]').first().isVisible()).toBe(false);
    const first = await page.locator('article .prose > p').first().boundingBox();
    expect(first!.y, 'the first paragraph starts on the first screen').toBeLessThan(844);
    await summary.click();
    expect(
      await page
        .locator('[data-correction]')
        .nth(most.mine.length - 1)
        .isVisible(),
    ).toBe(true);
    await page.close();
  });

  it('opens at a link to one correction (the feeds’ correction items), and prints in full', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const last = most.mine.at(-1)!;
    await page.goto(url(`${most.path}#correction-${last.id}`));
    expect(await page.locator(`#correction-${last.id}`).isVisible()).toBe(true);
    await page.goto(url(most.path));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-correction]').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('reporting reach', () => {
  it.each(['/', '/en/'])('%s states how far the site’s reporting reaches, from the data', (path) => {
    const reach = siteReach({ sources: site.sources, figures: figures.values(), timeline: site.timeline });
    expect(reach).toMatch(/^2026-/);
    expect(pages.get(path)!.querySelector('[data-reach]')?.getAttribute('data-reach')).toBe(reach);
  });

  it.each(published.map((a) => [pathOf(a)] as const))('%s states the latest date of its own sources', (path) => {
    const doc = pages.get(path)!;
    const dates = doc.querySelectorAll('#sources-heading ~ ol time').map((t) => t.getAttribute('datetime') ?? undefined);
    const reach = doc.querySelector('article header [data-reach]');
    expect(reach, 'a reach line in the article header').not.toBeNull();
    expect(reach!.getAttribute('data-reach')).toBe(latestDate(dates));
  });
});
