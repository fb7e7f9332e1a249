// relatedIndex, neighbourIndex and translationIndex work the whole archive out once; they must pick exactly what
// sorting or searching the whole archive would.
import { describe, expect, it } from 'vitest';
import { byNewest, neighbourIndex, relatedIndex, translationIndex } from '@/lib/content/articles';

const COMPANIES = ['government', 'samsung', 'sk', 'hyundai', 'naver'];
const TAGS = ['deal', 'money', 'hbm', 'power', 'robotics', 'policy'];

/** A deterministic archive with many ties in date and score, in no particular order. */
function archive(size: number) {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (xs: string[]) => xs.filter(() => rand() < 0.3);
  return Array.from({ length: size }, (_, i) => ({
    id: `${i % 2 ? 'en' : 'ko'}/a${(i * 7919) % size}`,
    lang: i % 2 ? 'en' : 'ko',
    data: { published: new Date(Date.UTC(2026, 0, 1 + Math.floor(rand() * 20))), recipients: pick(COMPANIES), tags: pick(TAGS) },
  }));
}

type A = ReturnType<typeof archive>[number];

/** The obvious definitions: sort everything, then take from the sorted list. */
function sortedRelated(all: A[], article: A, count = 3): A[] {
  const score = (o: A) =>
    2 * o.data.recipients.filter((c) => article.data.recipients.includes(c)).length +
    o.data.tags.filter((t) => article.data.tags.includes(t)).length;
  return all
    .filter((a) => a.lang === article.lang && a.id !== article.id)
    .map((a) => ({ a, s: score(a) }))
    .filter(({ s }) => s > 0)
    .sort((x, y) => y.s - x.s || byNewest(x.a, y.a))
    .slice(0, count)
    .map(({ a }) => a);
}

function sortedNeighbours(all: A[], article: A) {
  const list = all.filter((a) => a.lang === article.lang).sort(byNewest);
  const i = list.findIndex((a) => a.id === article.id);
  return { previous: list[i + 1], next: list[i - 1] };
}

describe('article order on a large archive', () => {
  const all = archive(400);

  it('relatedIndex returns what a full sort would, for every article and several counts', () => {
    for (const count of [1, 3, 5]) {
      const index = relatedIndex(all, count);
      expect(index.size).toBe(all.length);
      for (const article of all) {
        expect(index.get(article.id)!.map((a) => a.id)).toEqual(sortedRelated(all, article, count).map((a) => a.id));
      }
    }
    expect(relatedIndex(all, 0).get(all[0]!.id)).toEqual([]);
    expect(
      relatedIndex(all)
        .get(all[5]!.id)!
        .map((a) => a.id),
    ).toEqual(sortedRelated(all, all[5]!).map((a) => a.id));
  });

  it('relatedIndex counts shared recipients and tags past 32 of each (several 32-bit words)', () => {
    const ids = (prefix: string, from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);
    const at = (day: number) => new Date(Date.UTC(2026, 0, day));
    const wide = [
      { id: 'ko/a', lang: 'ko', data: { published: at(1), recipients: ids('c', 0, 40), tags: ids('t', 0, 70) } },
      // Shares only c39 and t69, the last bits of the second and third words.
      { id: 'ko/b', lang: 'ko', data: { published: at(2), recipients: ['c39'], tags: ['t69'] } },
      { id: 'ko/c', lang: 'ko', data: { published: at(3), recipients: [], tags: ['t1', 't33'] } },
      { id: 'ko/d', lang: 'ko', data: { published: at(4), recipients: ['other'], tags: ['none'] } },
    ];
    const index = relatedIndex(wide);
    expect(index.get('ko/a')!.map((a) => a.id)).toEqual(['ko/b', 'ko/c']);
    expect(index.get('ko/d')).toEqual([]);
    for (const article of wide) expect(index.get(article.id)).toEqual(sortedRelated(wide as A[], article as A));
  });

  it('neighbourIndex gives the neighbours in the sorted list, for every article', () => {
    const index = neighbourIndex(all);
    expect(index.size).toBe(all.length);
    for (const article of all) {
      const { previous, next } = index.get(article.id)!;
      const expected = sortedNeighbours(all, article);
      expect([previous?.id, next?.id]).toEqual([expected.previous?.id, expected.next?.id]);
    }
  });

  it("translationIndex pairs each article with the other language's article of the same translationKey", () => {
    const pairs = [
      { id: 'ko/a', lang: 'ko', data: { translationKey: 'a' } },
      { id: 'en/a', lang: 'en', data: { translationKey: 'a' } },
      { id: 'ko/b', lang: 'ko', data: { translationKey: 'b' } },
      { id: 'en/c', lang: 'en', data: { translationKey: 'c-en' } },
    ];
    const index = translationIndex(pairs);
    expect(index.get('ko/a')?.id).toBe('en/a');
    expect(index.get('en/a')?.id).toBe('ko/a');
    expect(index.has('ko/b')).toBe(false);
    expect(index.has('en/c')).toBe(false);
  });
});
