// /rss.xml and /en/rss.xml: the newest published articles in that language and the corrections to them, newest first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeRoute } from '@/data/page';
import { articlesIn, getSite } from '@/data/site';
import { figureText } from '@/lib/content/figures';
import { feedEntries } from '@/lib/site/feed-items';
import { LOCALE_TAG, pageLang, t } from '@/lib/site/i18n';
import { absoluteUrl, routes } from '@/lib/site/urls';

export function getStaticPaths() {
  return localeRoute('feed');
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
    items: feedEntries(articlesIn(site, lang), site.corrections).map((entry) => {
      const a = entry.article;
      const link = absoluteUrl(routes.article(lang, a.slug), origin);
      if (entry.kind === 'article') {
        return {
          title: a.data.title,
          description: a.data.description,
          pubDate: a.data.published,
          author: a.data.author,
          categories: a.data.tags.map((id) => site.tags.get(id)?.name[lang] ?? id),
          link,
        };
      }
      return {
        title: `${ui.correctionLabel}: ${a.data.title}`,
        description: entry.corrections.map((c) => `${c.now[lang]} ${ui.correctionWas} ${c.wrong[lang]}`).join(' / '),
        pubDate: entry.date,
        categories: [ui.correctionsTitle],
        // The day's first correction's anchor: an item (and guid) of its own in a feed reader.
        link: `${link}#correction-${entry.corrections[0]!.id}`,
      };
    }),
    customData: `<language>${LOCALE_TAG[lang]}</language>`,
    trailingSlash: true,
  });
}
