// Choosing timeline events for <TimelineExcerpt>, and when an article goes live.
import { describe, expect, it } from 'vitest';
import { goesLiveAt, isPublished } from '@/lib/content/articles';
import { selectEvents } from '@/lib/content/timeline';

const event = (id: string, date: string, recipients: string[] = []) => ({
  id,
  date,
  recipients,
  title: { ko: id, en: id },
  summary: { ko: id, en: id },
  articles: [],
  sources: ['s1'],
});
const events = [event('c', '2025-12-01', ['naver']), event('a', '2025-07-29', ['government']), event('b', '2025-12', ['government'])];
const ids = (f: Parameters<typeof selectEvents>[1]) => selectEvents(events, f).map((e) => e.id);

describe('selectEvents', () => {
  it('filters by recipient and by dates, oldest first, month-only dates counting as the whole month', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ recipient: 'government' })).toEqual(['a', 'b']);
    expect(ids({ from: '2025-12-01' })).toEqual(['b', 'c']);
    expect(ids({ to: '2025-11-30' })).toEqual(['a']);
    expect(ids({ from: '2025-12', to: '2025-12' })).toEqual(['b', 'c']);
    expect(ids({ limit: 2 })).toEqual(['a', 'b']);
  });
});

describe('isPublished', () => {
  const now = new Date('2026-11-27T17:00:00Z'); // 02:00 on 28 November in Seoul
  it('keeps drafts off the site whatever their date', () => {
    expect(isPublished({ draft: true, published: new Date('2025-01-01') }, now)).toBe(false);
  });

  it('treats a bare date as that day in Korea: live from 00:00 KST, not 09:00', () => {
    expect(goesLiveAt(new Date('2026-11-28')).toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(isPublished({ draft: false, published: new Date('2026-11-28') }, now)).toBe(true);
    expect(isPublished({ draft: false, published: new Date('2026-11-29') }, now)).toBe(false);
  });

  it('keeps an exact time as written', () => {
    expect(isPublished({ draft: false, published: new Date('2026-11-28T10:00:00+09:00') }, now)).toBe(false);
    expect(isPublished({ draft: false, published: new Date('2026-11-28T01:00:00+09:00') }, now)).toBe(true);
  });
});
