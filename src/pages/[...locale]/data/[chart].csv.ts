// /data/<chart>.csv and /en/data/<chart>.csv: exactly the numbers each chart shows, as a static file built with the site.
import type { APIContext } from 'astro';
import { chartRoute } from '@/data/page';
import { getSite } from '@/data/site';
import { chartSpec, toCsv, type ChartId } from '@/lib/charts/spec';
import { pageLang } from '@/lib/site/i18n';

export const getStaticPaths = chartRoute;

export async function GET(context: APIContext) {
  const { chart } = context.props as { chart: ChartId };
  const lang = pageLang(context.currentLocale);
  const site = await getSite();
  const spec = chartSpec(site, chart, lang);
  return new Response(toCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
