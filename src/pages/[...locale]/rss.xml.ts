// /rss.xml and /en/rss.xml: the newest published articles in that language (FEED_SIZE of them), newest first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlesIn, getSite } from '@/data/site';
import { figureText } from '@/lib/content/figures';
import { LOCALE_TAG, pageLang, t } from '@/lib/site/i18n';
import { FEED_SIZE } from '@/lib/site/pagination';
import { absoluteUrl, localeParams, routes } from '@/lib/site/urls';

export function getStaticPaths() {
  return localeParams();
}

export async function GET(context: APIContext) {
  const lang = pageLang(context.currentLocale);
  const origin = context.site ?? new URL('http://localhost:4321');
  const ui = t(lang);
  const site = await getSite();
  return rss({
    title: ui.siteName,
    description: ui.siteDescription(figureText(site.figures, 'allocation.total', lang)),
    site: absoluteUrl(routes.home(lang), origin),
    items: articlesIn(site, lang).slice(0, FEED_SIZE).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.published,
      author: a.data.author,
      categories: a.data.tags.map((id) => site.tags.get(id)?.name[lang] ?? id),
      link: absoluteUrl(routes.article(lang, a.slug), origin),
    })),
    customData: `<language>${LOCALE_TAG[lang]}</language>`,
    trailingSlash: true,
  });
}
