// /rss.xml and /en/rss.xml: the newest published articles in that language (FEED_SIZE of them), newest first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlesIn, getSite } from '@/data/site';
import { figureText } from '@/lib/content/figures';
import { LOCALE_TAG, t, type Lang } from '@/lib/site/i18n';
import { FEED_SIZE } from '@/lib/site/pagination';
import { localeParams, routes, withBase } from '@/lib/site/urls';

export function getStaticPaths() {
  return localeParams();
}

export async function GET(context: APIContext) {
  const lang = (context.props as { lang: Lang }).lang;
  const ui = t(lang);
  const site = await getSite();
  return rss({
    title: ui.siteName,
    description: ui.siteDescription(figureText(site.figures, 'allocation.total', lang)),
    site: new URL(withBase(routes.home(lang)), context.site).href,
    items: articlesIn(site, lang).slice(0, FEED_SIZE).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.published,
      author: a.data.author,
      categories: a.data.tags.map((id) => site.tags.get(id)?.name[lang] ?? id),
      link: new URL(withBase(routes.article(lang, a.slug)), context.site).href,
    })),
    customData: `<language>${LOCALE_TAG[lang]}</language>`,
    trailingSlash: true,
  });
}
