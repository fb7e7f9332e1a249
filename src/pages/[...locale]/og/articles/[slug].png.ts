// /og/articles/<slug>.png and /en/og/articles/<slug>.png: each article's sharing card (1200×630), drawn at build time
// and kept in .cache/og-images/ by content, so a rebuild redraws only the cards whose article changed.
import type { APIContext } from 'astro';
import { getSite, type Article } from '@/data/site';
import { cachedCard, cardCacheDir, cardKey, rendererVersions } from '@/lib/og/cache';
import { cardTree } from '@/lib/og/card';
import { renderCard } from '@/lib/og/render';
import { t } from '@/lib/site/i18n';
import { localeParam } from '@/lib/site/urls';

const renderer = rendererVersions();

// The card's cacheKey is its drawing's: a rebuild skips every card whose title, description and renderer are unchanged.
export async function getStaticPaths() {
  const site = await getSite();
  return site.articles.map((article) => {
    const tree = cardFor(article);
    return { params: { locale: localeParam(article.lang), slug: article.slug }, props: { tree }, cacheKey: cardKey(tree, renderer) };
  });
}

function cardFor(article: Article) {
  return cardTree({
    lang: article.lang,
    siteName: t(article.lang).siteName,
    title: article.data.title,
    description: article.data.description,
  });
}

export async function GET(context: APIContext) {
  const { tree } = context.props as { tree: ReturnType<typeof cardFor> };
  const { png } = await cachedCard(cardKey(tree, renderer), cardCacheDir(), () => renderCard(tree));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
