// /og/articles/<slug>.png and /en/og/articles/<slug>.png: each article's sharing card (1200×630), drawn at build time
// and kept in .cache/og-images/ by content, so a rebuild redraws only the cards whose article changed.
import { join } from 'node:path';
import type { APIContext } from 'astro';
import { getSite, type Article } from '@/data/site';
import { CARD_CACHE_DIR, cachedCard, cardKey, rendererVersions } from '@/lib/og/cache';
import { cardTree } from '@/lib/og/card';
import { renderCard } from '@/lib/og/render';
import { t } from '@/lib/site/i18n';
import { localeParam } from '@/lib/site/urls';

export async function getStaticPaths() {
  const site = await getSite();
  return site.articles.map((article) => ({ params: { locale: localeParam(article.lang), slug: article.slug }, props: { article } }));
}

const renderer = rendererVersions();

export async function GET(context: APIContext) {
  const { article } = context.props as { article: Article };
  const tree = cardTree({
    lang: article.lang,
    siteName: t(article.lang).siteName,
    title: article.data.title,
    description: article.data.description,
  });
  const { png } = await cachedCard(cardKey(tree, renderer), join(process.cwd(), CARD_CACHE_DIR), () => renderCard(tree));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
