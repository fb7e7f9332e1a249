import { describe, expect, it } from 'vitest';
import { absoluteUrl, isArticlePath, langFromPath, localeParams, localePath, normalizeBase, parsePath, routes, withBase } from '@/lib/site/urls';

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

describe('routes', () => {
  it('keeps Korean at the root and English under /en/', () => {
    expect(routes.home('ko')).toBe('/');
    expect(routes.home('en')).toBe('/en/');
    expect(routes.article('ko', 'deal-explained')).toBe('/articles/deal-explained/');
    expect(routes.article('en', 'deal-explained')).toBe('/en/articles/deal-explained/');
    expect(routes.company('en', 'naver')).toBe('/en/companies/naver/');
    expect(routes.companies('ko')).toBe('/companies/');
    expect(routes.timeline('en')).toBe('/en/timeline/');
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
    expect(langFromPath('/', '/')).toBe('ko');
    expect(langFromPath('/en/', '/')).toBe('en');
    expect(langFromPath('/en', '/')).toBe('en');
    expect(langFromPath('/articles/en-route/', '/')).toBe('ko');
    expect(langFromPath('/gpu-deal/en/timeline/', '/gpu-deal/')).toBe('en');
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
    expect(localeParams()).toEqual([
      { params: { locale: undefined }, props: { lang: 'ko' } },
      { params: { locale: 'en' }, props: { lang: 'en' } },
    ]);
  });
});
