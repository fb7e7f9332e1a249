// schema.org NewsArticle JSON-LD for article pages (search engines and news aggregators read it).
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  author: string;
  publisher: string;
  publisherUrl: string;
  logo: string;
  image: string;
  inLanguage: string;
}

export function newsArticleJsonLd(a: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    headline: a.headline.length > 110 ? `${a.headline.slice(0, 109)}…` : a.headline,
    description: a.description,
    datePublished: a.published.toISOString(),
    dateModified: (a.updated ?? a.published).toISOString(),
    author: [{ '@type': 'Organization', name: a.author, url: a.publisherUrl }],
    publisher: { '@type': 'Organization', name: a.publisher, url: a.publisherUrl, logo: { '@type': 'ImageObject', url: a.logo } },
    image: [a.image],
    inLanguage: a.inLanguage,
  };
}

/** JSON for a <script type="application/ld+json"> element: '<' escaped so text can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
