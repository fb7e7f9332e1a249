// Every built page carries the head metadata it needs, and every collection produced its pages.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '@/lib/charts/spec';
import { byNewest, isPublished } from '@/lib/content/articles';
import { readContent } from '@/lib/content/read';
import { addressLang, builtPages, DIST, languageProblems } from './dist';

const pages = builtPages();
const content = readContent(process.cwd()).site;

const LANGS = ['ko', 'en'] as const;
type Lang = (typeof LANGS)[number];
const prefix = (lang: Lang) => (lang === 'ko' ? '' : '/en');
/** A built page's parsed HTML, by site path. */
const doc = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`${path} was not built`);
  return page.doc;
};
/** Each id once per language, as [lang, id] rows for it.each. */
const inBothLanguages = (ids: string[]) => ids.flatMap((id) => [['ko', id] as const, ['en', id] as const]);

describe('head metadata on every page', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s', (path, { doc }) => {
    const lang = doc.querySelector('html')?.getAttribute('lang');
    expect(lang, 'html lang').toBe(addressLang(path));
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
    const home = doc('/');
    const langs = home.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    expect(langs).toEqual(['ko', 'en', 'x-default']);
  });
});

/** scripts/test.mjs builds the site twice: at the root (dist/) and under BASE_PATH=/gpu-deal/ (dist-subpath/). */
describe.each(['dist', 'dist-subpath'])('the language of every page in %s/ is the language of its address', (dir) => {
  /** One page of each kind, in each language: what Astro.currentLocale must get right. */
  const kinds = [
    'index.html',
    'articles/index.html',
    'articles/deal-explained/index.html',
    'companies/index.html',
    'companies/sk/index.html',
    'tags/hbm/index.html',
    'timeline/index.html',
    'search/index.html',
    'methodology/index.html',
    'corrections/index.html',
    'embed/allocation-gpus/index.html',
    'rss.xml',
    'data/allocation-gpus.csv',
  ];

  it('has every kind of page in both languages, and the 404 page', () => {
    expect(existsSync(`${dir}/index.html`), `${dir}/ is missing: npm test builds it (see scripts/test.mjs)`).toBe(true);
    for (const path of [...kinds, ...kinds.map((k) => `en/${k}`), '404.html']) expect(existsSync(`${dir}/${path}`), path).toBe(true);
  });

  it('says so in <html lang>, og:locale, the language switch, the feeds and the CSV files', () => {
    const { checked, problems } = languageProblems(dir);
    expect(problems).toEqual([]);
    expect(checked.html).toBe(pages.length);
    expect(checked.rss).toBe(2);
    expect(checked.csv).toBe(2 * CHART_IDS.length);
  });
});

describe('every collection produced its pages', () => {
  const published = content.articles.filter((a) => isPublished(a.data));

  it('one page per published article, in its language', () => {
    for (const a of published) {
      const dir = a.lang === 'ko' ? `${DIST}/articles/${a.slug}` : `${DIST}/en/articles/${a.slug}`;
      expect(existsSync(`${dir}/index.html`), dir).toBe(true);
    }
    // Besides the articles, /articles/ holds the archive's first page (index.html) and, once it runs longer, page/.
    const articleDirs = (dir: string) => readdirSync(dir).filter((f) => f !== 'index.html' && f !== 'page');
    expect(articleDirs(`${DIST}/articles`)).toHaveLength(published.filter((a) => a.lang === 'ko').length);
    expect(articleDirs(`${DIST}/en/articles`)).toHaveLength(published.filter((a) => a.lang === 'en').length);
  });

  it('one page per recipient and tag, in both languages', () => {
    for (const prefix of ['', '/en']) {
      expect(
        readdirSync(`${DIST}${prefix}/companies`)
          .filter((f) => f !== 'index.html')
          .sort(),
      ).toEqual(content.recipients.map((r) => r.id).sort());
      expect(readdirSync(`${DIST}${prefix}/tags`).sort()).toEqual(content.tags.map((t) => t.id).sort());
    }
  });

  it('every route the site promises exists in both languages', () => {
    for (const path of [
      'index.html',
      'articles/index.html',
      'companies/index.html',
      'timeline/index.html',
      'search/index.html',
      'rss.xml',
      'methodology/index.html',
    ]) {
      expect(existsSync(`${DIST}/${path}`), path).toBe(true);
      expect(existsSync(`${DIST}/en/${path}`), `en/${path}`).toBe(true);
    }
    expect(existsSync(`${DIST}/404.html`)).toBe(true);
  });

  it('the timeline shows every event', () => {
    const timeline = doc('/timeline/');
    expect(timeline.querySelectorAll('[data-timeline] > li')).toHaveLength(content.timeline.length);
  });
});

describe('company pages', () => {
  it.each(inBothLanguages(content.recipients.map((r) => r.id)))(
    '%s/%s states its allocation, coverage, figures, chart and articles',
    (lang, id) => {
      const page = doc(`${prefix(lang)}/companies/${id}/`);
      const recipient = content.recipients.find((r) => r.id === id)!;
      expect(page.querySelector(`[data-figure="${recipient.allocation}"]`)).not.toBeNull();
      expect(page.querySelectorAll('section[aria-labelledby="covers-heading"] li')).toHaveLength(recipient.covers[lang].length);
      expect(page.querySelectorAll('section[aria-labelledby="figures-heading"] [data-figure]').length).toBe(recipient.figures.length - 1);
      expect(page.querySelector(`#chart-allocation-gpus-${id}`)).not.toBeNull();
      expect(page.querySelectorAll('section[aria-labelledby="articles-heading"] li a').length).toBeGreaterThan(0);
    },
  );
});

describe('home pages', () => {
  it.each(['/', '/en/'])('%s states the headline figures, the chart, the lead story and the latest articles', (path) => {
    const home = doc(path);
    expect(home.querySelector('[data-figure="allocation.total"]')).not.toBeNull();
    expect(home.querySelector('[data-figure="value.krw"]')).not.toBeNull();
    expect(home.querySelector('figure[data-chart="allocation-gpus"]')).not.toBeNull();
    expect(home.querySelector('section[aria-labelledby="lead-heading"] a')?.getAttribute('href')).toMatch(/\/articles\/deal-explained\/$/);
    expect(home.querySelectorAll('section[aria-labelledby="latest-heading"] li').length).toBeGreaterThanOrEqual(6);
  });
});

/** Published articles in one language, newest first: the order every list uses. */
const newest = (lang: Lang) => content.articles.filter((a) => a.lang === lang && isPublished(a.data)).sort(byNewest);
/** The article links of a list, as site paths; the list itself must exist (an absent list is not an empty one). */
const listed = (list: ReturnType<typeof doc> | null) => {
  if (!list) throw new Error('the list is missing from the page');
  return list.querySelectorAll('li h2 a, li h3 a').map((a) => a.getAttribute('href'));
};

describe('lists of articles', () => {
  it.each(LANGS)('%s: the archive lists the newest 20 articles, newest first, and has a page for every 20 more', (lang) => {
    const all = newest(lang);
    const archive = doc(`${prefix(lang)}/articles/`);
    expect(listed(archive.querySelector('main'))).toEqual(all.slice(0, 20).map((a) => `${prefix(lang)}/articles/${a.slug}/`));
    expect(archive.querySelector('[data-list-position]')?.text).toBe(lang === 'ko' ? `전체 ${all.length}건` : `${all.length} articles`);
    const later = pages.filter((p) => p.path.startsWith(`${prefix(lang)}/articles/page/`)).map((p) => p.path);
    expect(later).toEqual(Array.from({ length: Math.ceil(all.length / 20) - 1 }, (_, i) => `${prefix(lang)}/articles/page/${i + 2}/`));
    // One page: no pagination control (the multi-page case is tested on a longer build, in pagination.test.ts).
    expect(archive.querySelector('nav[data-pagination]') === null).toBe(all.length <= 20);
    expect(pages.some((p) => p.path.endsWith('/page/1/'))).toBe(false);
  });

  it.each(LANGS)('%s: the header links the archive, marked current on the archive but not on an article', (lang) => {
    const navLink = (path: string) => {
      const link = doc(path).querySelector(`body > header nav a[href="${prefix(lang)}/articles/"]`);
      if (!link) throw new Error(`${path}: the header has no link to ${prefix(lang)}/articles/`);
      return link;
    };
    expect(navLink(`${prefix(lang)}/articles/`).getAttribute('aria-current')).toBe('page');
    expect(navLink(`${prefix(lang)}/articles/deal-explained/`).getAttribute('aria-current')).toBeUndefined();
    expect(doc(`${prefix(lang)}/articles/deal-explained/`).querySelectorAll('header [aria-current]')).toHaveLength(0);
    expect(navLink(`${prefix(lang)}/`).text).toBe(lang === 'ko' ? '기사' : 'Articles');
  });

  it.each(LANGS)('%s: the home page lists the latest 10 besides the lead story, then links to the archive with the count', (lang) => {
    const home = doc(`${prefix(lang)}/`);
    const latest = listed(home.querySelector('section[aria-labelledby="latest-heading"]'));
    const all = newest(lang);
    expect(latest.length).toBe(Math.min(10, all.length - 1));
    const link = home.querySelector('a[data-archive-link]');
    expect(link?.getAttribute('href')).toBe(`${prefix(lang)}/articles/`);
    expect(link?.text.replace(/\s+/g, ' ')).toBe(lang === 'ko' ? `전체 기사 보기 (${all.length}건) →` : `All ${all.length} articles →`);
  });

  it.each(LANGS)('%s: the search page lists only the latest 10 and offers ways to browse without JavaScript', (lang) => {
    const search = doc(`${prefix(lang)}/search/`);
    const all = newest(lang);
    expect(listed(search.querySelector('section[aria-labelledby="latest-heading"]'))).toEqual(
      all.slice(0, 10).map((a) => `${prefix(lang)}/articles/${a.slug}/`),
    );
    const browse = search.querySelectorAll('[data-browse] a').map((a) => a.getAttribute('href'));
    for (const path of ['/articles/', '/companies/', '/timeline/']) expect(browse).toContain(`${prefix(lang)}${path}`);
    const tags = new Set(all.flatMap((a) => a.data.tags));
    expect(browse.filter((href) => href?.includes('/tags/')).sort()).toEqual([...tags].map((id) => `${prefix(lang)}/tags/${id}/`).sort());
  });

  it.each(inBothLanguages(content.recipients.map((r) => r.id)))(
    '%s/%s: the company page lists its latest 10 articles, and links to the full list only when there are more',
    (lang, id) => {
      const all = newest(lang).filter((a) => a.data.recipients.includes(id));
      const page = doc(`${prefix(lang)}/companies/${id}/`);
      expect(listed(page.querySelector('section[aria-labelledby="articles-heading"]'))).toEqual(
        all.slice(0, 10).map((a) => `${prefix(lang)}/articles/${a.slug}/`),
      );
      const more = all.length > 10;
      expect(page.querySelector('a[data-company-articles-link]')?.getAttribute('href')).toBe(
        more ? `${prefix(lang)}/companies/${id}/articles/` : undefined,
      );
      expect(existsSync(`${DIST}${prefix(lang)}/companies/${id}/articles/index.html`)).toBe(more);
    },
  );

  it.each(inBothLanguages(content.tags.map((t) => t.id)))(
    '%s/%s: the tag page lists its newest 20 and has a page for every 20 more',
    (lang, id) => {
      const all = newest(lang).filter((a) => a.data.tags.includes(id));
      const page = doc(`${prefix(lang)}/tags/${id}/`);
      expect(listed(page.querySelector('main'))).toEqual(all.slice(0, 20).map((a) => `${prefix(lang)}/articles/${a.slug}/`));
      const later = pages.filter((p) => p.path.startsWith(`${prefix(lang)}/tags/${id}/page/`));
      expect(later).toHaveLength(Math.max(0, Math.ceil(all.length / 20) - 1));
    },
  );
});

describe('Korean quotation marks', () => {
  // Smart punctuation closes a mark written before Hangul ('이상' came out ’이상’); src/integrations/article-html.ts opens it.
  it('open with ‘ or “ in every Korean article, never with a closing mark after a space', () => {
    const articles = builtPages().filter(
      (p) => addressLang(p.path) === 'ko' && p.path.startsWith('/articles/') && p.doc.querySelector('article'),
    );
    expect(articles.length).toBeGreaterThan(10);
    const misread = articles.flatMap((p) =>
      [...p.doc.querySelector('article')!.text.matchAll(/(?:^|[\s(])[’”](?=[^\s.,;:!?)’”\d])/g)].map(
        (m) => `${p.path}: …${m.input.slice(m.index, m.index + 12)}…`,
      ),
    );
    expect(misread).toEqual([]);
    expect(articles.some((p) => p.doc.querySelector('article')!.text.includes('‘'))).toBe(true);
  });
});

describe('Korean names on English pages', () => {
  // Marked lang="ko" so they break between words (global.css), not inside them ('한/국일보').
  it('carry lang="ko" in source lists, citations and chart source lines', () => {
    const english = builtPages().filter(
      (p) => addressLang(p.path) === 'en' && p.path.startsWith('/en/articles/') && p.doc.querySelector('article'),
    );
    const names = english.flatMap((p) =>
      p.doc
        .querySelectorAll('#sources-heading ~ ol li > span:first-child, .cite > a, [data-chart-sources] a')
        .filter((e) => /[\uac00-\ud7a3]/.test(e.text))
        .map((e) => ({ path: p.path, text: e.text.slice(0, 20), lang: e.getAttribute('lang') })),
    );
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => n.lang !== 'ko')).toEqual([]);
  });
});
