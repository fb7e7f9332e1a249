// Article helpers with no Astro dependency: publication status, reading time, ordering.
import type { Lang } from '../site/i18n';

const DAY_MS = 86_400_000;
const KST_OFFSET_MS = 9 * 3_600_000;

/**
 * When an article goes live. A date without a time (published: 2026-11-28) means that day in Korea, where the newsroom
 * works: from 00:00 KST, not 09:00 KST (midnight UTC, which is how YAML reads a bare date). A time written out
 * (2026-11-28T10:00:00+09:00) is kept, except exactly 09:00 KST, which cannot be told apart from a bare date.
 */
export function goesLiveAt(published: Date): Date {
  const t = published.getTime();
  return new Date(t % DAY_MS === 0 ? t - KST_OFFSET_MS : t);
}

/** Drafts and future-dated articles stay out of production builds, feeds, the sitemap and search until their date. */
export function isPublished(data: { draft: boolean; published: Date }, now: Date = new Date()): boolean {
  return !data.draft && goesLiveAt(data.published).getTime() <= now.getTime();
}

/** Strip MDX/markdown syntax to approximate the words a reader sees. */
export function plainText(body: string): string {
  return body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Minutes to read: Korean at about 500 characters a minute, English at about 230 words a minute. */
export function readingMinutes(body: string, lang: Lang): number {
  const text = plainText(body);
  const units = lang === 'ko' ? text.replace(/\s/g, '').length / 500 : text.split(' ').filter(Boolean).length / 230;
  return Math.max(1, Math.round(units));
}

/** Newest first; ties broken by id so the order is stable. */
export function byNewest<T extends { id: string; data: { published: Date } }>(a: T, b: T): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);
}

interface Relatable {
  id: string;
  lang: string;
  data: { published: Date; recipients: string[]; tags: string[] };
}

/** The archive split by language, each list newest first (what related and neighbouring articles are chosen from). */
function newestFirstByLang<T extends Relatable>(all: T[]): Map<string, T[]> {
  const byLang = new Map<string, T[]>();
  for (const a of [...all].sort(byNewest)) (byLang.get(a.lang) ?? byLang.set(a.lang, []).get(a.lang)!).push(a);
  return byLang;
}

/** Bits per recipient and tag, packed into 32-bit words, so scoring a pair is a few integer operations. */
function bitWords(lists: string[][]): { words: Uint32Array; width: number } {
  const bit = new Map<string, number>();
  for (const ids of lists) for (const id of ids) if (!bit.has(id)) bit.set(id, bit.size);
  const width = Math.max(1, Math.ceil(bit.size / 32));
  const words = new Uint32Array(lists.length * width);
  lists.forEach((ids, i) => {
    for (const id of ids) {
      const b = bit.get(id)!;
      words[i * width + (b >>> 5)]! |= 1 << (b & 31);
    }
  });
  return { words, width };
}

function shared(words: Uint32Array, width: number, i: number, j: number): number {
  let n = 0;
  for (let k = 0; k < width; k++) {
    let v = words[i * width + k]! & words[j * width + k]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/**
 * Every article's related articles: the same language, sharing recipients (weighted double) or tags, best match first,
 * newest first among equals; by article id. Worked out once for the whole archive: scoring the archive again on each
 * article page cost 0.7 s of a 1,000-pair build.
 */
export function relatedIndex<T extends Relatable>(all: T[], count = 3): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const list of newestFirstByLang(all).values()) {
    const recipients = bitWords(list.map((a) => a.data.recipients));
    const tags = bitWords(list.map((a) => a.data.tags));
    // The list is newest first, so among equal scores the lower position wins: no date comparison in the loop.
    const best: { j: number; s: number }[] = [];
    list.forEach((article, i) => {
      best.length = 0;
      if (count > 0) {
        for (let j = 0; j < list.length; j++) {
          if (j === i) continue;
          const s = 2 * shared(recipients.words, recipients.width, i, j) + shared(tags.words, tags.width, i, j);
          if (s === 0 || (best.length === count && s <= best[count - 1]!.s)) continue;
          let k = best.length;
          while (k > 0 && s > best[k - 1]!.s) k--;
          best.splice(k, 0, { j, s });
          if (best.length > count) best.pop();
        }
      }
      index.set(article.id, best.map(({ j }) => list[j]!));
    });
  }
  return index;
}

/**
 * Every article's chronological neighbours in its language (`previous` is older, `next` is newer), worked out once
 * for the whole archive: looking them up per article page made the build grow with the square of the archive.
 */
export function neighbourIndex<T extends Relatable>(all: T[]): Map<string, { previous?: T; next?: T }> {
  const index = new Map<string, { previous?: T; next?: T }>();
  for (const list of newestFirstByLang(all).values()) list.forEach((a, i) => index.set(a.id, { previous: list[i + 1], next: list[i - 1] }));
  return index;
}

/** Each article's counterpart in the other language (same translationKey), by article id. */
export function translationIndex<T extends { id: string; lang: string; data: { translationKey: string } }>(all: T[]): Map<string, T> {
  const byKey = new Map<string, T[]>();
  for (const a of all) (byKey.get(a.data.translationKey) ?? byKey.set(a.data.translationKey, []).get(a.data.translationKey)!).push(a);
  const index = new Map<string, T>();
  for (const a of all) {
    const other = byKey.get(a.data.translationKey)!.find((b) => b.lang !== a.lang);
    if (other) index.set(a.id, other);
  }
  return index;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table of contents of the second-level headings, for articles long enough to need one. */
export function tableOfContents(headings: Heading[], minimum = 3): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  return sections.length >= minimum ? sections : [];
}
