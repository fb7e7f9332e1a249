// /data/<chart>.csv and /en/data/<chart>.csv: exactly the numbers each chart shows, as a static file built with the site.
import type { APIContext } from 'astro';
import { getSite } from '@/data/site';
import { CHART_IDS, chartSpec, toCsv, type ChartId } from '@/lib/charts/spec';
import { LANGS, pageLang } from '@/lib/site/i18n';
import { chartPageKey } from '@/lib/site/page-inputs';
import { localeParam } from '@/lib/site/urls';

export async function getStaticPaths() {
  const site = await getSite();
  return LANGS.flatMap((lang) =>
    CHART_IDS.map((chart) => ({
      params: { locale: localeParam(lang), chart },
      props: { chart },
      cacheKey: chartPageKey(site, chart, lang),
    })),
  );
}

export async function GET(context: APIContext) {
  const { chart } = context.props as { chart: ChartId };
  const lang = pageLang(context.currentLocale);
  const site = await getSite();
  const spec = chartSpec(site, chart, lang);
  return new Response(toCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
