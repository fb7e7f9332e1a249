// What a page that exists once per language starts with: its language (from Astro.currentLocale), its interface text,
// the site's content, and its address in both languages; and its getStaticPaths, with each language's cacheKey.
import { LANGS, pageLang, t, type Lang } from '@/lib/site/i18n';
import { CHART_IDS } from '@/lib/charts/spec';
import { chartPageKey, singlePageKey, type SinglePage } from '@/lib/site/page-inputs';
import { localeParam } from '@/lib/site/urls';
import { getSite } from './site';

export async function localePage(locale: string | undefined, route: (lang: Lang) => string) {
  const lang = pageLang(locale);
  const alternates = Object.fromEntries(LANGS.map((l) => [l, route(l)])) as Record<Lang, string>;
  return { lang, ui: t(lang), site: await getSite(), alternates };
}

/** getStaticPaths of a page that exists once per language: `page` names what its cacheKey covers (src/lib/site/page-inputs.ts). */
export async function localeRoute(page: SinglePage) {
  const site = await getSite();
  return LANGS.map((lang) => ({ params: { locale: localeParam(lang) }, cacheKey: singlePageKey(site, page, lang) }));
}

/** getStaticPaths of a route that exists once per chart and language (the embed page, the CSV), keyed by the chart. */
export async function chartRoute() {
  const site = await getSite();
  return LANGS.flatMap((lang) =>
    CHART_IDS.map((chart) => ({
      params: { locale: localeParam(lang), chart },
      props: { chart },
      cacheKey: chartPageKey(site, chart, lang),
    })),
  );
}
