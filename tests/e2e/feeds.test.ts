// Feeds, sitemap, robots.txt, JSON-LD and article navigation in the built site (no browser needed).
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { byNewest, isPublished } from '@/lib/content/articles';
import { readContent } from '@/lib/content/read';
import { builtPages, DIST } from './dist';

const content = readContent(process.cwd()).site;
const published = content.articles.filter((a) => isPublished(a.data));
const pathOf = (a: (typeof published)[number]) => (a.lang === 'ko' ? `/articles/${a.slug}/` : `/en/articles/${a.slug}/`);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const read = (file: string) => readFileSync(`${DIST}/${file}`, 'utf8');
const pages = builtPages();

describe('RSS feeds', () => {
  it.each([
    ['rss.xml', 'ko'],
    ['en/rss.xml', 'en'],
  ])('%s is valid XML listing the newest 30 of the published %s articles and their corrections, newest first', (file, lang) => {
    const xml = read(file);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.language).toBe(lang === 'ko' ? 'ko-KR' : 'en-US');
    const items = [channel.item].flat() as { link: string; title: string; description: string; pubDate: string; guid: unknown }[];
    const inLang = published.filter((a) => a.lang === lang).sort(byNewest);
    const byKey = new Map(inLang.map((a) => [a.data.translationKey, a]));
    // A corrected article is an item once per day of corrections, dated that day, after that day's new articles.
    const days = new Map<string, { at: number; link: string }>();
    for (const c of [...content.corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))) {
      for (const k of c.articles.filter((key) => byKey.has(key))) {
        if (!days.has(`${c.date}/${k}`))
          days.set(`${c.date}/${k}`, { at: Date.parse(`${c.date}T00:00:00Z`), link: `${pathOf(byKey.get(k)!)}#correction-${c.id}` });
      }
    }
    const expected = [
      ...inLang.map((a) => ({ at: a.data.published.getTime(), first: 0, link: pathOf(a) })),
      ...[...days.values()].map((d) => ({ ...d, first: 1 })),
    ].sort((a, b) => b.at - a.at || a.first - b.first);
    expect(
      items.map((i) => {
        const u = new URL(i.link);
        return u.pathname + u.hash;
      }),
    ).toEqual(expected.slice(0, 30).map((e) => e.link));
    expect(content.corrections.length, 'the record has corrections to carry').toBeGreaterThan(0);
    expect(items.some((i) => i.title.startsWith(lang === 'ko' ? '바로잡습니다: ' : 'Correction: '))).toBe(true);
    const guids = items.map((i) => JSON.stringify(i.guid));
    expect(new Set(guids).size, 'every item has its own guid').toBe(items.length);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
    }
  });
});

describe('sitemap and robots.txt', () => {
  const index = read('sitemap-index.xml');
  const sitemapFiles = [parser.parse(index).sitemapindex.sitemap]
    .flat()
    .map((s: { loc: string }) => new URL(s.loc).pathname.replace(/^\//, ''));
  const urls = sitemapFiles.flatMap((f) => {
    const xml = read(f);
    expect(XMLValidator.validate(xml)).toBe(true);
    return [parser.parse(xml).urlset.url].flat() as { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[];
  });
  const paths = urls.map((u) => new URL(u.loc).pathname);

  it('lists every published article in both languages', () => {
    for (const a of published) expect(paths).toContain(pathOf(a));
  });

  it('lists only pages that exist, and no embed or 404 page', () => {
    for (const p of paths) expect(existsSync(`${DIST}${p}index.html`), p).toBe(true);
    expect(paths.filter((p) => p.includes('/embed/') || p.includes('404'))).toEqual([]);
    // Article pages; the archive (/articles/, /articles/page/N/) is listed too, as are tag and company lists.
    const articles = paths.filter((p) => /^(\/en)?\/articles\/[^/]+\/$/.test(p));
    expect(articles.sort()).toEqual(published.map(pathOf).sort());
    expect(paths).toEqual(expect.arrayContaining(['/articles/', '/en/articles/']));
  });

  it('carries hreflang alternates between translations', () => {
    const lead = urls.find((u) => new URL(u.loc).pathname === '/articles/deal-explained/')!;
    const langs = (lead['xhtml:link'] ?? []).map((l) => [l['@hreflang'], new URL(l['@href']).pathname]);
    expect(langs).toEqual(
      expect.arrayContaining([
        ['ko-KR', '/articles/deal-explained/'],
        ['en-US', '/en/articles/deal-explained/'],
      ]),
    );
  });

  it('robots.txt points at the sitemap', () => {
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/m);
  });
});

describe('article pages', () => {
  const articlePages = pages.filter((p) => /\/articles\/[^/]+\/$/.test(p.path));

  it('exist for every published article', () => {
    expect(published.length, 'published articles read from content/').toBeGreaterThan(10);
    expect(articlePages.map((p) => p.path).sort()).toEqual(published.map(pathOf).sort());
  });

  it.each(articlePages.map((p) => [p.path, p] as const))('%s has NewsArticle JSON-LD with every field', (path, { doc }) => {
    const scripts = doc.querySelectorAll('head script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]!.text);
    expect(ld['@type']).toBe('NewsArticle');
    for (const field of ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'inLanguage', 'image']) {
      expect(ld[field], field).toBeTruthy();
    }
    expect(new URL(ld.mainEntityOfPage).pathname).toBe(path);
    expect(ld.inLanguage).toBe(path.startsWith('/en/') ? 'en-US' : 'ko-KR');
    // Its own sharing card (tests/e2e/og-images.test.ts checks the image), the same in the JSON-LD and Open Graph.
    const ogImage = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(new URL(ogImage).pathname).toBe(path.replace(/articles\/([^/]+)\/$/, 'og/articles/$1.png'));
    expect([ld.image].flat().map((i: string | { url: string }) => (typeof i === 'string' ? i : i.url))).toContain(ogImage);
  });

  it.each(articlePages.map((p) => [p.path, p] as const))('%s links related, previous and next articles that exist', (path, { doc }) => {
    const links = [...doc.querySelectorAll('a[data-related], a[rel="prev"], a[rel="next"]')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(existsSync(`${DIST}${href}index.html`), href).toBe(true);
    // Every article but the newest and oldest has both neighbours (in its language, newest first).
    const list = published
      .filter((a) => a.lang === (path.startsWith('/en/') ? 'en' : 'ko'))
      .sort(byNewest)
      .map(pathOf);
    const at = list.indexOf(path);
    expect(at, 'the article is published').toBeGreaterThanOrEqual(0);
    const neighbours = (at > 0 ? 1 : 0) + (at < list.length - 1 ? 1 : 0);
    expect(doc.querySelectorAll('a[rel="prev"], a[rel="next"]').length).toBe(neighbours);
  });

  it('shows the updated date at the top when an article has one', () => {
    const withUpdate = published.filter((a) => a.data.updated);
    expect(withUpdate.length).toBeGreaterThan(0);
    for (const a of withUpdate) {
      const doc = pages.find((p) => p.path === pathOf(a))!.doc;
      expect(doc.querySelector('article header [data-updated] time')?.getAttribute('datetime')).toBe(
        a.data.updated!.toISOString().slice(0, 10),
      );
    }
  });

  it('shows a table of contents on long articles', () => {
    const doc = pages.find((p) => p.path === '/articles/deal-explained/')!.doc;
    const toc = doc.querySelectorAll('nav[aria-labelledby="toc-heading"] a');
    expect(toc.length).toBeGreaterThanOrEqual(3);
    for (const a of toc) expect(doc.querySelector(`[id="${decodeURIComponent(a.getAttribute('href')!.slice(1))}"]`)).not.toBeNull();
  });
});
