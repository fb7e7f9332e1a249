// /data/<chart>.csv and /en/data/<chart>.csv: exactly the numbers each chart shows, as a static file built with the site.
import type { APIContext } from 'astro';
import { getSite } from '@/data/site';
import { CHART_IDS, chartSpec, toCsv, type ChartId } from '@/lib/charts/spec';
import { LANGS, pageLang } from '@/lib/site/i18n';
import { localeParam } from '@/lib/site/urls';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => CHART_IDS.map((chart) => ({ params: { locale: localeParam(lang), chart }, props: { chart } })));
}

export async function GET(context: APIContext) {
  const { chart } = context.props as { chart: ChartId };
  const lang = pageLang(context.currentLocale);
  const site = await getSite();
  const spec = chartSpec(site, chart, lang);
  return new Response(toCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
