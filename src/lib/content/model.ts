// What reading content/ yields: each article with what its MDX uses, and every data file's entries. The editor check
// cross-checks this; Astro's content loader stores it for the pages.
import type { Lang } from '../site/i18n';
import type { ArticleData, Correction, Delivery, Figure, Recipient, Source, Tag, TimelineEvent, WithId } from './schemas';

/** What an article's MDX uses, from its one analysis (mdx-analysis.ts): no page scans the text again. */
export interface ArticleUses {
  /** <Fig id> ids, in order of appearance, each once. */
  figures: string[];
  /** <Chart id> / <AllocationChart metric> chart ids, each once. */
  charts: string[];
  /** Sources cited inline: <Cite id>, <PullQuote source>. */
  sources: string[];
}

export interface CheckedArticle {
  /** 'ko/samsung-ai-megafactory' */
  id: string;
  lang: Lang;
  slug: string;
  /** Path from the project root, e.g. content/articles/ko/samsung.mdx. */
  file: string;
  body: string;
  data: ArticleData;
  uses: ArticleUses;
  /** Its frontmatter is broken (reported): stand-in values let the cross-checks see it, but no page is made of it. */
  recovered?: true;
}

export interface SiteContent {
  articles: CheckedArticle[];
  figures: WithId<Figure>[];
  derivedFigureIds: string[];
  recipients: WithId<Recipient>[];
  sources: WithId<Source>[];
  tags: WithId<Tag>[];
  timeline: WithId<TimelineEvent>[];
  corrections: WithId<Correction>[];
  /** One delivery record per recipient (content/data/deliveries.yaml). */
  deliveries: WithId<Delivery>[];
  /**
   * Ids of data entries that exist but failed their schema (reported already): references to them are not reported
   * again. UNREADABLE in a set means the whole file could not be read, and every reference into it is let through;
   * in `derived`, that the site's derived numbers could not be worked out (reported once), so no derived id is known.
   */
  brokenIds?: Partial<Record<'recipients' | 'figures' | 'sources' | 'tags' | 'timeline' | 'deliveries' | 'derived', Set<string>>> | undefined;
}

/** Marks a data file that could not be read at all. */
export const UNREADABLE = '*';

/** An article's source list: its own sources, then those it cites inline, then those behind every figure it prints. */
export function articleSourceIds(article: Pick<CheckedArticle, 'data' | 'uses'>, figureSources: (id: string) => string[]): string[] {
  return [...new Set([...article.data.sources, ...article.uses.sources, ...article.uses.figures.flatMap(figureSources)])];
}
