// Loads every content collection once (checked beforehand by src/integrations/content-check.ts) and serves pages typed data.
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, isPublished, neighbourIndex, readingMinutes, relatedIndex, translationIndex } from '@/lib/content/articles';
import { buildFigureIndex, type AnyFigure } from '@/lib/content/figures';
import { isLang, type Lang } from '@/lib/site/i18n';
import type { Recipient, Source, Tag, TimelineEvent, WithId } from '@/lib/content/schemas';

export interface Article {
  entry: CollectionEntry<'articles'>;
  id: string;
  lang: Lang;
  slug: string;
  file: string;
  data: CollectionEntry<'articles'>['data'];
  readingMinutes: number;
}

export interface Site {
  /** Published articles (plus drafts in the dev server), newest first. */
  articles: Article[];
  figures: Map<string, AnyFigure>;
  recipients: WithId<Recipient>[];
  sources: Map<string, WithId<Source>>;
  tags: Map<string, WithId<Tag>>;
  timeline: WithId<TimelineEvent>[];
  /** Each article's older and newer neighbour in its language, by article id. */
  neighbours: Map<string, { previous?: Article; next?: Article }>;
  /** Each article's published counterpart in the other language, by article id. */
  translations: Map<string, Article>;
  /** Each article's three most related articles in its language, by article id. */
  related: Map<string, Article[]>;
}

function toArticle(entry: CollectionEntry<'articles'>): Article {
  const [lang, ...rest] = entry.id.split('/');
  const file = entry.filePath ?? `content/articles/${entry.id}.mdx`;
  if (!isLang(lang) || rest.length === 0) {
    throw new Error(`${file}: articles live in content/articles/ko/ or content/articles/en/; move the file into one of them.`);
  }
  const body = entry.body ?? '';
  return { entry, id: entry.id, lang, slug: rest.join('/'), file, data: entry.data, readingMinutes: readingMinutes(body, lang) };
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [articleEntries, figures, recipients, sources, tags, timeline] = await Promise.all([
    getCollection('articles'),
    getCollection('figures'),
    getCollection('recipients'),
    getCollection('sources'),
    getCollection('tags'),
    getCollection('timeline'),
  ]);
  const flat = <T>(entries: { id: string; data: T }[]): WithId<T>[] => entries.map((e) => ({ ...e.data, id: e.id }));
  const all = articleEntries.map(toArticle);
  const recipientList = flat(recipients).sort((a, b) => a.order - b.order);
  const figureList = flat(figures);
  const index = buildFigureIndex(figureList, recipientList);

  // The content was checked before the build started (src/integrations/content-check.ts): not again here.
  // SHOW_DRAFTS is true in `astro dev` only (src/integrations/drafts.ts).
  const visible = import.meta.env.SHOW_DRAFTS === true ? all : all.filter((a) => isPublished(a.data));
  const articles = visible.sort(byNewest);
  return {
    articles,
    neighbours: neighbourIndex(articles),
    translations: translationIndex(articles),
    related: relatedIndex(articles),
    figures: index,
    recipients: recipientList,
    sources: new Map(flat(sources).map((s) => [s.id, s])),
    tags: new Map(flat(tags).map((t) => [t.id, t])),
    timeline: flat(timeline).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
  };
}

/** The checked site content; loaded once per build. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

export function articlesIn(site: Site, lang: Lang): Article[] {
  return site.articles.filter((a) => a.lang === lang);
}

/** The same article in the other language, if it is published. */
export function translationOf(site: Site, article: Article): Article | undefined {
  return site.translations.get(article.id);
}
