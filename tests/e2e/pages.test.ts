// Every built page carries the head metadata it needs, and every collection produced its pages.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPublished } from '@/lib/articles';
import { readContent } from '@/lib/read-content';
import { builtPages, DIST } from './dist';

const pages = builtPages();
const content = readContent(process.cwd()).site;

describe('head metadata on every page', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s', (path, { doc }) => {
    const lang = doc.querySelector('html')?.getAttribute('lang');
    expect(lang, 'html lang').toBe(path.startsWith('/en/') ? 'en' : 'ko');
    expect(doc.querySelector('title')?.text.trim(), 'title').toBeTruthy();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), 'description').toBeTruthy();
    expect(doc.querySelectorAll('h1'), 'exactly one h1').toHaveLength(1);
    const canonical = doc.querySelectorAll('link[rel="canonical"]');
    expect(canonical, 'one canonical').toHaveLength(1);
    const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]');
    const self = alternates.find((l) => l.getAttribute('hreflang') === lang);
    expect(self?.getAttribute('href'), 'hreflang for itself').toBe(canonical[0]!.getAttribute('href'));
    if (path !== '/404.html') {
      expect(new URL(canonical[0]!.getAttribute('href')!).pathname).toBe(path);
    }
  });

  it('links translated pages to each other with hreflang', () => {
    const home = pages.find((p) => p.path === '/')!.doc;
    const langs = home.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    expect(langs).toEqual(['ko', 'en', 'x-default']);
  });
});

describe('every collection produced its pages', () => {
  const published = content.articles.filter((a) => isPublished(a.data));

  it('one page per published article, in its language', () => {
    for (const a of published) {
      const dir = a.lang === 'ko' ? `${DIST}/articles/${a.slug}` : `${DIST}/en/articles/${a.slug}`;
      expect(existsSync(`${dir}/index.html`), dir).toBe(true);
    }
    expect(readdirSync(`${DIST}/articles`)).toHaveLength(published.filter((a) => a.lang === 'ko').length);
    expect(readdirSync(`${DIST}/en/articles`)).toHaveLength(published.filter((a) => a.lang === 'en').length);
  });

  it('one page per recipient and tag, in both languages', () => {
    for (const prefix of ['', '/en']) {
      expect(readdirSync(`${DIST}${prefix}/companies`).filter((f) => f !== 'index.html').sort()).toEqual(
        content.recipients.map((r) => r.id).sort(),
      );
      expect(readdirSync(`${DIST}${prefix}/tags`).sort()).toEqual(content.tags.map((t) => t.id).sort());
    }
  });

  it('every route the site promises exists in both languages', () => {
    for (const path of ['index.html', 'companies/index.html', 'timeline/index.html', 'search/index.html', 'rss.xml', 'methodology/index.html']) {
      expect(existsSync(`${DIST}/${path}`), path).toBe(true);
      expect(existsSync(`${DIST}/en/${path}`), `en/${path}`).toBe(true);
    }
    expect(existsSync(`${DIST}/404.html`)).toBe(true);
  });

  it('the timeline shows every event', () => {
    const timeline = pages.find((p) => p.path === '/timeline/')!.doc;
    expect(timeline.querySelectorAll('[data-timeline] > li')).toHaveLength(content.timeline.length);
  });
});

describe('company pages', () => {
  it.each(content.recipients.flatMap((r) => [['ko', r.id], ['en', r.id]] as const))('%s/%s states its allocation, coverage, figures, chart and articles', (lang, id) => {
    const path = lang === 'ko' ? `/companies/${id}/` : `/en/companies/${id}/`;
    const doc = pages.find((p) => p.path === path)!.doc;
    const recipient = content.recipients.find((r) => r.id === id)!;
    expect(doc.querySelector(`[data-figure="${recipient.allocation}"]`)).not.toBeNull();
    expect(doc.querySelectorAll('section[aria-labelledby="covers-heading"] li')).toHaveLength(recipient.covers[lang].length);
    expect(doc.querySelectorAll('section[aria-labelledby="figures-heading"] [data-figure]').length).toBe(recipient.figures.length - 1);
    expect(doc.querySelector(`#chart-allocation-gpus-${id}`)).not.toBeNull();
    expect(doc.querySelectorAll('section[aria-labelledby="articles-heading"] li a').length).toBeGreaterThan(0);
  });
});

describe('home pages', () => {
  it.each(['/', '/en/'])('%s states the headline figures, the chart, the lead story and the latest articles', (path) => {
    const doc = pages.find((p) => p.path === path)!.doc;
    expect(doc.querySelector('[data-figure="allocation.total"]')).not.toBeNull();
    expect(doc.querySelector('[data-figure="value.krw"]')).not.toBeNull();
    expect(doc.querySelector('figure[data-chart="allocation-gpus"]')).not.toBeNull();
    expect(doc.querySelector('section[aria-labelledby="lead-heading"] a')?.getAttribute('href')).toMatch(/\/articles\/deal-explained\/$/);
    expect(doc.querySelectorAll('section[aria-labelledby="latest-heading"] li').length).toBeGreaterThanOrEqual(6);
  });
});
