// The feed's items: articles and their corrections, newest first, a correction dated the day it was made.
import { describe, expect, it } from 'vitest';
import { feedEntries } from '@/lib/site/feed-items';

const article = (key: string, published: string) => ({
  slug: key,
  data: { title: key, description: 'd', published: new Date(published), translationKey: key },
});
const articles = [article('new', '2026-11-20'), article('old', '2026-01-10')];

describe('feedEntries', () => {
  it('puts a correction to an old article at the date of the correction, after that day’s new articles', () => {
    const entries = feedEntries(articles, [{ id: 'c1', date: '2026-11-20', articles: ['old', 'gone'] }]);
    expect(entries.map((e) => `${e.kind}:${e.article.slug}`)).toEqual(['article:new', 'correction:old', 'article:old']);
  });

  it('lists a corrected article once per day, with all of that day’s corrections', () => {
    const entries = feedEntries(articles, [
      { id: 'c1', date: '2026-11-20', articles: ['old'] },
      { id: 'c2', date: '2026-11-20', articles: ['old', 'new'] },
      { id: 'c3', date: '2026-11-25', articles: ['old'] },
    ]);
    expect(entries.map((e) => (e.kind === 'correction' ? `${e.article.slug}:${e.corrections.map((c) => c.id)}` : e.article.slug))).toEqual([
      'old:c3',
      'new',
      'old:c1,c2',
      'new:c2',
      'old',
    ]);
  });

  it('keeps the newest entries only', () => {
    expect(feedEntries(articles, [{ id: 'c1', date: '2025-01-01', articles: ['old'] }], 2).map((e) => e.kind)).toEqual([
      'article',
      'article',
    ]);
  });
});
