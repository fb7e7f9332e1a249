import { describe, expect, it } from 'vitest';
import { absoluteUrl, langFromPath, localeParams, localePath, normalizeBase, parsePath, routes, withBase } from '@/lib/urls';

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

  it('gives getStaticPaths one entry per language, Korean without a prefix', () => {
    expect(localeParams()).toEqual([
      { params: { locale: undefined }, props: { lang: 'ko' } },
      { params: { locale: 'en' }, props: { lang: 'en' } },
    ]);
  });
});
