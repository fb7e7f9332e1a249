// The static paths of paginated lists: which pages exist, their parameters, and each page's address in the other language.
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/site/i18n';
import { listPaths, type ListEntry, type Listing } from '@/lib/site/list-pages';
import { routes } from '@/lib/site/urls';

const archive = (lang: Lang, n: number): Listing => ({ articles: Array(n).fill(0), path: (page) => routes.archive(lang, page) });
const sizes = (ko: number, en: number) => (lang: Lang) => (lang === 'ko' ? ko : en);

/** The archive with `ko` Korean and `en` English articles: every page's path and alternates. */
function archivePages(ko: number, en: number) {
  const count = sizes(ko, en);
  const make = (lang: Lang): ListEntry<Record<string, never>>[] => [{ key: 'archive', params: {}, listing: archive(lang, count(lang)) }];
  return [...listPaths(make, false), ...listPaths(make, true)];
}

describe('listPaths', () => {
  it('makes the first page of every list, in both languages, with no page parameter', () => {
    const first = listPaths((lang) => [{ key: 'archive', params: {}, listing: archive(lang, 3) }], false);
    expect(first).toEqual([
      {
        params: { locale: undefined },
        props: { listing: expect.anything(), page: 1, alternates: { ko: '/articles/', en: '/en/articles/' } },
      },
      { params: { locale: 'en' }, props: { listing: expect.anything(), page: 1, alternates: { en: '/en/articles/', ko: '/articles/' } } },
    ]);
  });

  it('makes every later page of a long list, and none for a short one', () => {
    const pages = archivePages(2013, 45);
    const ko = pages.filter((p) => p.params.locale === undefined);
    const en = pages.filter((p) => p.params.locale === 'en');
    expect(ko).toHaveLength(101);
    expect(en).toHaveLength(3);
    expect(ko.map((p) => p.props.page)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    expect(ko.slice(1).map((p) => p.params.page)).toEqual(Array.from({ length: 100 }, (_, i) => String(i + 2)));
    expect(ko[0]!.params.page).toBeUndefined();
    expect(archivePages(20, 20)).toHaveLength(2);
    expect(archivePages(0, 0)).toHaveLength(2);
  });

  it('gives each page itself as its address, and the same page number in the other language when that has it, else its first page', () => {
    const pages = archivePages(2013, 45);
    const at = (locale: string | undefined, page: number) =>
      pages.find((p) => p.params.locale === locale && p.props.page === page)!.props.alternates;
    expect(at(undefined, 1)).toEqual({ ko: '/articles/', en: '/en/articles/' });
    expect(at(undefined, 3)).toEqual({ ko: '/articles/page/3/', en: '/en/articles/page/3/' });
    expect(at(undefined, 4)).toEqual({ ko: '/articles/page/4/', en: '/en/articles/' });
    expect(at(undefined, 101)).toEqual({ ko: '/articles/page/101/', en: '/en/articles/' });
    expect(at('en', 2)).toEqual({ en: '/en/articles/page/2/', ko: '/articles/page/2/' });
    // No page anywhere is /page/1/.
    expect(pages.flatMap((p) => Object.values(p.props.alternates)).filter((path) => path.includes('/page/1/'))).toEqual([]);
  });

  it('pairs lists by key, skips those that do not exist, and falls back where the translation does not exist', () => {
    const companies = ['samsung', 'naver', 'sk'];
    const counts: Record<string, Record<Lang, number>> = { samsung: { ko: 45, en: 45 }, naver: { ko: 25, en: 0 }, sk: { ko: 0, en: 0 } };
    const make = (lang: Lang): ListEntry<{ id: string }>[] =>
      companies.map((id) => ({
        key: id,
        params: { id },
        listing:
          counts[id]![lang] > 10
            ? { articles: Array(counts[id]![lang]).fill(0), path: (page: number) => routes.companyArticles(lang, id, page) }
            : undefined,
        fallback: routes.company(lang, id),
      }));
    const first = listPaths(make, false);
    const later = listPaths(make, true);
    expect(first.map((p) => `${p.params.locale ?? 'ko'}/${p.params.id}`)).toEqual(['ko/samsung', 'ko/naver', 'en/samsung']);
    expect(later.map((p) => `${p.params.locale ?? 'ko'}/${p.params.id}/${p.params.page}`)).toEqual([
      'ko/samsung/2',
      'ko/samsung/3',
      'ko/naver/2',
      'en/samsung/2',
      'en/samsung/3',
    ]);
    const naver2 = later.find((p) => p.params.id === 'naver')!;
    expect(naver2.props.alternates).toEqual({ ko: '/companies/naver/articles/page/2/', en: '/en/companies/naver/' });
    const samsung3 = later.find((p) => p.params.id === 'samsung' && p.params.locale === 'en' && p.params.page === '3')!;
    expect(samsung3.props.alternates).toEqual({ en: '/en/companies/samsung/articles/page/3/', ko: '/companies/samsung/articles/page/3/' });
  });
});
