// Article helpers with no Astro dependency: publication status, reading time, ordering.
import type { Lang } from './i18n';

/** Drafts and future-dated articles stay out of production builds, feeds, the sitemap and search until their date. */
export function isPublished(data: { draft: boolean; published: Date }, now: Date = new Date()): boolean {
  return !data.draft && data.published.getTime() <= now.getTime();
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
