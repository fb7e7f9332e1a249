// The static paths of paginated lists, in both languages: the first page at the list's own address, later pages under
// …/page/N/, and for each page its address in the other language. Pure TypeScript (no Astro), so it is unit-tested.
import { LANGS, otherLang, type Lang } from './i18n';
import { laterPageParams, matchingPage, pageCount } from './pagination';
import { localeParam } from './urls';

/** What listPaths needs to know of a list. */
export interface Listing {
  articles: readonly unknown[];
  /** The site path (without base) of each page of the list. */
  path: (page: number) => string;
}

/** What a list page needs: its list, which page it is, and its address in each language (for hreflang and the switch). */
export interface ListPageProps<L extends Listing = Listing> {
  listing: L;
  page: number;
  alternates: Partial<Record<Lang, string>>;
}

/** One list a route builds, in one language. */
export interface ListEntry<P, L extends Listing = Listing> {
  /** The same in both languages: pairs a list with its translation. */
  key: string;
  /** The route parameters naming the list (the tag id, the recipient id). */
  params: P;
  /** Undefined where the list does not exist in this language. */
  listing: L | undefined;
  /** Where readers of the other language go instead when this list does not exist (e.g. the recipient's overview). */
  fallback?: string | undefined;
}

/**
 * getStaticPaths entries for one kind of list, in both languages. `later` chooses the pages: the first (the list's own
 * address) or every later one (…/page/2/, …, with a `page` parameter). Each page's alternate in the other language
 * is the same page of the same list when it has that many pages, else its first page (or the entry's fallback where
 * the list does not exist in that language). `cacheKey`, when given, gives each page its cacheKey for incremental builds.
 */
export function listPaths<P extends Record<string, string>, L extends Listing>(
  make: (lang: Lang) => ListEntry<P, L>[],
  later: boolean,
  cacheKey?: (props: ListPageProps<L>) => string,
): { params: P & { locale: string | undefined; page?: string }; props: ListPageProps<L>; cacheKey?: string }[] {
  const byLang = new Map(LANGS.map((lang) => [lang, new Map(make(lang).map((e) => [e.key, e]))]));
  return LANGS.flatMap((lang) => {
    const other = otherLang(lang);
    return [...byLang.get(lang)!.values()].flatMap(({ key, params, listing }) => {
      if (!listing) return [];
      const there = byLang.get(other)!.get(key);
      const alternatesFor = (page: number): Partial<Record<Lang, string>> => {
        const otherPath = there?.listing
          ? there.listing.path(matchingPage(page, pageCount(there.listing.articles.length)))
          : there?.fallback;
        return { [lang]: listing.path(page), ...(otherPath ? { [other]: otherPath } : {}) };
      };
      const base = { ...params, locale: localeParam(lang) };
      const withKey = (props: ListPageProps<L>) => (cacheKey ? { props, cacheKey: cacheKey(props) } : { props });
      if (!later) return [{ params: base, ...withKey({ listing, page: 1, alternates: alternatesFor(1) }) }];
      return laterPageParams(pageCount(listing.articles.length)).map((param) => {
        const page = Number(param);
        return { params: { ...base, page: param }, ...withKey({ listing, page, alternates: alternatesFor(page) }) };
      });
    });
  });
}
