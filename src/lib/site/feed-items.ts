// What a language's feed lists: its articles, and each corrected article once per day of corrections (dated that day,
// so a feed reader sees the update), newest first, at most FEED_SIZE; on one day the new articles come first.
import { FEED_SIZE } from './pagination';

interface FeedArticle {
  slug: string;
  data: { published: Date; translationKey: string };
}

interface FeedCorrection {
  id: string;
  date: string;
  articles: string[];
}

export type FeedEntry<A, C> =
  { kind: 'article'; date: Date; article: A } | { kind: 'correction'; date: Date; article: A; corrections: C[] };

export function feedEntries<A extends FeedArticle, C extends FeedCorrection>(
  articles: A[],
  corrections: C[],
  size = FEED_SIZE,
): FeedEntry<A, C>[] {
  const byKey = new Map(articles.map((a) => [a.data.translationKey, a]));
  const corrected = new Map<string, FeedEntry<A, C> & { kind: 'correction' }>();
  for (const c of corrections) {
    for (const key of c.articles) {
      const article = byKey.get(key);
      if (!article) continue;
      const slot = `${c.date}/${key}`;
      const entry =
        corrected.get(slot) ??
        corrected.set(slot, { kind: 'correction', date: new Date(`${c.date}T00:00:00Z`), article, corrections: [] }).get(slot)!;
      entry.corrections.push(c);
    }
  }
  const entries: FeedEntry<A, C>[] = [
    ...articles.map((article) => ({ kind: 'article' as const, date: article.data.published, article })),
    ...corrected.values(),
  ];
  return entries
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.kind === b.kind ? 0 : a.kind === 'article' ? -1 : 1))
    .slice(0, size);
}
