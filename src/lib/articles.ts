// Article helpers with no Astro dependency: publication status, reading time, ordering.
import type { Lang } from './i18n';

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
  data: { published: Date; companies: string[]; tags: string[] };
}

/** An article's recipients and tags as bit sets, so scoring a pair is a few integer operations (worked out once each). */
const bitIndex = new Map<string, number>();
const masks = new WeakMap<object, { companies: bigint; tags: bigint }>();
function bitsOf(ids: string[], prefix: string): bigint {
  let bits = 0n;
  for (const id of ids) {
    const key = `${prefix}:${id}`;
    const i = bitIndex.get(key) ?? bitIndex.set(key, bitIndex.size).get(key)!;
    bits |= 1n << BigInt(i);
  }
  return bits;
}
function maskOf(a: Relatable): { companies: bigint; tags: bigint } {
  let m = masks.get(a.data);
  if (!m) masks.set(a.data, (m = { companies: bitsOf(a.data.companies, 'c'), tags: bitsOf(a.data.tags, 't') }));
  return m;
}
function popcount(bits: bigint): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1n) n++;
  return n;
}

/** Articles in the same language that share recipients (weighted double) or tags, best match first. */
export function relatedArticles<T extends Relatable>(all: T[], article: T, count = 3): T[] {
  const mine = maskOf(article);
  const score = (other: T) => {
    const m = maskOf(other);
    return 2 * popcount(m.companies & mine.companies) + popcount(m.tags & mine.tags);
  };
  const before = (x: { a: T; s: number }, y: { a: T; s: number }) => y.s - x.s || byNewest(x.a, y.a);
  // One pass keeping the best `count`: sorting the whole archive for every article page made the build grow as N² log N.
  if (count <= 0) return [];
  const best: { a: T; s: number }[] = [];
  for (const a of all) {
    if (a.lang !== article.lang || a.id === article.id) continue;
    const s = score(a);
    if (s === 0) continue;
    const item = { a, s };
    if (best.length === count && before(item, best[count - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && before(item, best[i - 1]!) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > count) best.pop();
  }
  return best.map(({ a }) => a);
}

/**
 * Every article's chronological neighbours in its language (`previous` is older, `next` is newer), worked out once
 * for the whole archive: looking them up per article page made the build grow with the square of the archive.
 */
export function neighbourIndex<T extends Relatable>(all: T[]): Map<string, { previous?: T; next?: T }> {
  const byLang = new Map<string, T[]>();
  for (const a of [...all].sort(byNewest)) {
    const list = byLang.get(a.lang) ?? byLang.set(a.lang, []).get(a.lang)!;
    list.push(a);
  }
  const index = new Map<string, { previous?: T; next?: T }>();
  for (const list of byLang.values()) list.forEach((a, i) => index.set(a.id, { previous: list[i + 1], next: list[i - 1] }));
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
