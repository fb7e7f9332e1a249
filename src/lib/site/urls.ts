// Every URL the site builds: the locale prefix, the deploy base path and the trailing slash, in one place.
import { DEFAULT_LANG, LANGS, isLang, type Lang } from './i18n';
import { PAGE_SEGMENT, pagePath } from './pagination';

/** '/gpu-deal' or 'gpu-deal/' → '/gpu-deal/'; '' or '/' → '/'. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The deploy base from BASE_PATH, normalized, for astro.config.ts. Astro.currentLocale reads a page's language from its
 * whole address, base included, so a base with a segment named like a language ('/en/', '/docs/EN/') would make the
 * Korean pages English: such a base is refused.
 */
export function deployBase(base: string | undefined): string {
  const normalized = normalizeBase(base);
  const clash = normalized.split('/').find((segment) => isLang(segment.toLowerCase()));
  if (clash) {
    throw new Error(
      `BASE_PATH '${base}': the segment '${clash}' is named like one of the site's languages (${LANGS.join(', ')}), and Astro would read every page under it as that language. Choose another base path.`,
    );
  }
  return normalized;
}

const DEFAULT_BASE: string = import.meta.env?.BASE_URL ?? '/';

/** Prefix a site path ('/articles/x/') with the deploy base ('/gpu-deal/articles/x/'). */
export function withBase(path: string, base: string = DEFAULT_BASE): string {
  const b = normalizeBase(base);
  return b + path.replace(/^\/+/, '');
}

/** The site path (without base) of `path` in `lang`: Korean has no prefix, English lives under /en/. */
export function localePath(lang: Lang, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  const prefixed = lang === DEFAULT_LANG ? `/${clean}` : `/${lang}/${clean}`;
  // Directories end in a slash; files (rss.xml, data.csv) do not.
  return /\.[a-z0-9]+$/i.test(prefixed) || prefixed.endsWith('/') ? prefixed : `${prefixed}/`;
}

/** The site's routes, as site paths without base. Paginated lists take a page number: 1 (the default) is the list itself. */
export const routes = {
  home: (lang: Lang) => localePath(lang),
  article: (lang: Lang, slug: string) => localePath(lang, `articles/${slug}/`),
  /** Every article in a language, newest first: /articles/, /articles/page/2/, … */
  archive: (lang: Lang, page = 1) => pagePath(localePath(lang, 'articles/'), page),
  companies: (lang: Lang) => localePath(lang, 'companies/'),
  company: (lang: Lang, id: string) => localePath(lang, `companies/${id}/`),
  /** Every article about one recipient: /companies/sk/articles/, /companies/sk/articles/page/2/, … */
  companyArticles: (lang: Lang, id: string, page = 1) => pagePath(localePath(lang, `companies/${id}/articles/`), page),
  timeline: (lang: Lang) => localePath(lang, 'timeline/'),
  search: (lang: Lang) => localePath(lang, 'search/'),
  tag: (lang: Lang, id: string, page = 1) => pagePath(localePath(lang, `tags/${id}/`), page),
  methodology: (lang: Lang) => localePath(lang, 'methodology/'),
  corrections: (lang: Lang) => localePath(lang, 'corrections/'),
  /** Where each recipient's GPUs are: announced, purchased, delivered, in service. */
  tracker: (lang: Lang) => localePath(lang, 'tracker/'),
  chartCsv: (lang: Lang, id: string) => localePath(lang, `data/${id}.csv`),
  embed: (lang: Lang, id: string) => localePath(lang, `embed/${id}/`),
  rss: (lang: Lang) => localePath(lang, 'rss.xml'),
  /** An article's sharing card (1200×630 PNG, drawn at build time). */
  ogImage: (lang: Lang, slug: string) => localePath(lang, `og/articles/${slug}.png`),
};

type Routes = typeof routes;

/**
 * The routes as hrefs for links in pages, for a given deploy base: each returns the site path with the base applied
 * ('/gpu-deal/en/timeline/'). Pure, so the unit tests check every route under any base.
 */
export function hrefsFor(base: string = DEFAULT_BASE): Routes {
  const linked = Object.entries(routes).map(([name, route]) => [
    name,
    (...args: never[]) => withBase((route as (...a: never[]) => string)(...args), base),
  ]);
  return Object.fromEntries(linked) as Routes;
}

/**
 * What components link with: `href.article(lang, slug)` is `withBase(routes.article(lang, slug))`. `routes` stays for
 * paths that must not carry the base: those absoluteUrl() turns into canonical and hreflang links or feed links, the
 * alternates a page passes to its layout, and the link checks.
 */
export const href: Routes = hrefsFor();

/** Split a request path into its language and the rest: '/gpu-deal/en/timeline/' → { lang: 'en', rest: '/timeline/' }. */
export function parsePath(pathname: string, base: string = DEFAULT_BASE): { lang: Lang; rest: string } {
  const b = normalizeBase(base);
  let path = pathname.startsWith(b) ? pathname.slice(b.length - 1) : pathname;
  if (!path.startsWith('/')) path = `/${path}`;
  const first = path.split('/')[1];
  if (isLang(first) && first !== DEFAULT_LANG) {
    return { lang: first, rest: path.slice(first.length + 1) || '/' };
  }
  return { lang: DEFAULT_LANG, rest: path };
}

const ARTICLE_PAGE = new RegExp(`^/articles/(?!${PAGE_SEGMENT}/)[^/]+/?$`);

/**
 * Whether a request path is an article page (whose source list then carries every source it cites): /articles/<slug>/,
 * not the archive (/articles/, /articles/page/2/) nor any other list of articles.
 */
export function isArticlePath(pathname: string, base: string = DEFAULT_BASE): boolean {
  return ARTICLE_PAGE.test(parsePath(pathname, base).rest);
}

/** An absolute URL for canonical links, feeds and sitemaps: site origin + base + path. */
export function absoluteUrl(sitePath: string, site: URL | string, base: string = DEFAULT_BASE): string {
  return new URL(withBase(sitePath, base), site).href;
}

/**
 * getStaticPaths entries for a route under src/pages/[...locale]/: Korean at the root, English under /en/. The page
 * reads its language back from Astro.currentLocale (pageLang in src/lib/site/i18n).
 */
export function localeParams(): { params: { locale: string | undefined } }[] {
  return LANGS.map((lang) => ({ params: { locale: localeParam(lang) } }));
}

/** The `locale` route parameter for a language. */
export function localeParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}
