import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/site/i18n';
import {
  absoluteUrl,
  deployBase,
  href,
  hrefsFor,
  isArticlePath,
  localeParams,
  localePath,
  normalizeBase,
  parsePath,
  routes,
  withBase,
} from '@/lib/site/urls';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['gpu-deal', '/gpu-deal/'],
    ['/gpu-deal', '/gpu-deal/'],
    ['/gpu-deal/', '/gpu-deal/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('deployBase', () => {
  it('normalizes BASE_PATH', () => {
    expect(deployBase(undefined)).toBe('/');
    expect(deployBase('gpu-deal')).toBe('/gpu-deal/');
    expect(deployBase('/news/english-edition/')).toBe('/news/english-edition/');
  });

  it('refuses a base Astro would read a language from', () => {
    expect(() => deployBase('/en/')).toThrow(/BASE_PATH '\/en\/': the segment 'en'/);
    expect(() => deployBase('/docs/EN')).toThrow(/the segment 'EN'/);
    expect(() => deployBase('ko')).toThrow(/the segment 'ko'/);
  });
});

describe('routes', () => {
  it('keeps Korean at the root and English under /en/', () => {
    expect(routes.home('ko')).toBe('/');
    expect(routes.home('en')).toBe('/en/');
    expect(routes.article('ko', 'deal-explained')).toBe('/articles/deal-explained/');
    expect(routes.article('en', 'deal-explained')).toBe('/en/articles/deal-explained/');
    expect(routes.company('en', 'naver')).toBe('/en/companies/naver/');
    expect(routes.companies('ko')).toBe('/companies/');
    expect(routes.timeline('en')).toBe('/en/timeline/');
    expect(routes.tracker('ko')).toBe('/tracker/');
    expect(routes.tracker('en')).toBe('/en/tracker/');
    expect(routes.search('ko')).toBe('/search/');
    expect(routes.tag('ko', 'hbm')).toBe('/tags/hbm/');
  });

  it('paginates the lists under /page/N/, keeping page 1 at the list itself', () => {
    expect(routes.archive('ko')).toBe('/articles/');
    expect(routes.archive('ko', 1)).toBe('/articles/');
    expect(routes.archive('ko', 2)).toBe('/articles/page/2/');
    expect(routes.archive('en', 12)).toBe('/en/articles/page/12/');
    expect(routes.tag('en', 'hbm', 3)).toBe('/en/tags/hbm/page/3/');
    expect(routes.companyArticles('ko', 'sk')).toBe('/companies/sk/articles/');
    expect(routes.companyArticles('en', 'sk', 2)).toBe('/en/companies/sk/articles/page/2/');
    expect(withBase(routes.archive('en', 2), '/gpu-deal/')).toBe('/gpu-deal/en/articles/page/2/');
  });

  it('does not add a slash to files', () => {
    expect(routes.rss('ko')).toBe('/rss.xml');
    expect(routes.rss('en')).toBe('/en/rss.xml');
    expect(localePath('en', 'data/allocation.csv')).toBe('/en/data/allocation.csv');
    expect(routes.ogImage('ko', 'deal-explained')).toBe('/og/articles/deal-explained.png');
    expect(routes.ogImage('en', 'deal-explained')).toBe('/en/og/articles/deal-explained.png');
  });
});

/** Sample arguments for every route: the type makes a new route fail `npm run check` until it has samples here. */
const samples: { [K in keyof typeof routes]: Parameters<(typeof routes)[K]>[] } = {
  home: [['ko'], ['en']],
  article: [
    ['ko', 'deal-explained'],
    ['en', '삼성-ai'],
  ],
  archive: [['ko'], ['en', 1], ['ko', 2], ['en', 12]],
  companies: [['ko'], ['en']],
  company: [
    ['ko', 'sk'],
    ['en', 'naver'],
  ],
  companyArticles: [
    ['ko', 'sk'],
    ['en', 'sk', 1],
    ['en', 'sk', 3],
  ],
  timeline: [['ko'], ['en']],
  search: [['ko'], ['en']],
  tag: [
    ['ko', 'hbm'],
    ['en', 'hbm', 1],
    ['ko', 'hbm', 2],
  ],
  methodology: [['ko'], ['en']],
  corrections: [['ko'], ['en']],
  tracker: [['ko'], ['en']],
  chartCsv: [
    ['ko', 'allocation-gpus'],
    ['en', 'country-comparison'],
  ],
  embed: [
    ['ko', 'allocation-gpus'],
    ['en', 'korea-gpu-base'],
  ],
  rss: [['ko'], ['en']],
  ogImage: [
    ['ko', 'deal-explained'],
    ['en', 'deal-explained'],
  ],
};

describe('href', () => {
  it('mirrors every route', () => {
    expect(Object.keys(href).sort()).toEqual(Object.keys(routes).sort());
    expect(Object.keys(samples).sort()).toEqual(Object.keys(routes).sort());
  });

  it.each(['/', '/gpu-deal/'])('is each route with the base %s applied', (base) => {
    const hrefs = hrefsFor(base);
    for (const [name, calls] of Object.entries(samples) as [keyof typeof routes, [Lang, ...never[]][]][]) {
      for (const args of calls) {
        const route = routes[name] as (...a: typeof args) => string;
        const link = hrefs[name] as (...a: typeof args) => string;
        expect(link(...args), `${name}(${args.join(', ')})`).toBe(withBase(route(...args), base));
      }
    }
    expect(hrefs.archive('en', 2)).toBe(`${base}en/articles/page/2/`);
    expect(hrefs.rss('ko')).toBe(`${base}rss.xml`);
  });

  it('uses the build’s base by default', () => {
    expect(href.timeline('en')).toBe(withBase(routes.timeline('en')));
  });
});

describe('base path', () => {
  it('prefixes the deploy base exactly once', () => {
    expect(withBase('/en/', '/')).toBe('/en/');
    expect(withBase('/en/', '/gpu-deal/')).toBe('/gpu-deal/en/');
    expect(withBase('/', '/gpu-deal')).toBe('/gpu-deal/');
    expect(withBase('articles/x/', '/gpu-deal/')).toBe('/gpu-deal/articles/x/');
  });

  it('builds absolute URLs from the site and base', () => {
    expect(absoluteUrl('/en/', 'https://example.org', '/gpu-deal/')).toBe('https://example.org/gpu-deal/en/');
    expect(absoluteUrl('/', 'https://example.org', '/')).toBe('https://example.org/');
  });

  it('reads the language back from a path, with or without a base', () => {
    expect(parsePath('/', '/').lang).toBe('ko');
    expect(parsePath('/en/', '/').lang).toBe('en');
    expect(parsePath('/en', '/').lang).toBe('en');
    expect(parsePath('/articles/en-route/', '/').lang).toBe('ko');
    expect(parsePath('/gpu-deal/en/timeline/', '/gpu-deal/')).toEqual({ lang: 'en', rest: '/timeline/' });
    expect(parsePath('/gpu-deal/companies/sk/', '/gpu-deal/')).toEqual({ lang: 'ko', rest: '/companies/sk/' });
    expect(parsePath('/ko/', '/')).toEqual({ lang: 'ko', rest: '/ko/' });
  });

  it('tells article pages from the lists of articles', () => {
    for (const [path, base] of [
      ['/articles/deal-explained/', '/'],
      ['/en/articles/deal-explained/', '/'],
      ['/articles/page-one/', '/'],
      ['/articles/pages/', '/'],
      ['/gpu-deal/en/articles/deal-explained/', '/gpu-deal/'],
    ] as const) {
      expect(isArticlePath(path, base), path).toBe(true);
    }
    for (const [path, base] of [
      ['/articles/', '/'],
      ['/en/articles/', '/'],
      ['/articles/page/2/', '/'],
      ['/en/articles/page/17/', '/'],
      ['/gpu-deal/articles/', '/gpu-deal/'],
      ['/gpu-deal/en/articles/page/2/', '/gpu-deal/'],
      ['/companies/sk/articles/', '/'],
      ['/en/companies/sk/articles/page/2/', '/'],
      ['/tags/hbm/', '/'],
      ['/', '/'],
    ] as const) {
      expect(isArticlePath(path, base), path).toBe(false);
    }
  });

  it('gives getStaticPaths one entry per language, Korean without a prefix', () => {
    expect(localeParams()).toEqual([{ params: { locale: undefined } }, { params: { locale: 'en' } }]);
  });
});
