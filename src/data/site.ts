// The site's content as pages use it: every collection loaded once per build, with the indexes pages look things up in.
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, neighbourIndex, relatedIndex, translationIndex } from '@/lib/content/articles';
import type { AnyFigure } from '@/lib/content/figures';
import type { ArticleUses } from '@/lib/content/model';
import { fillFigures } from '@/lib/content/figure-text';
import { siteReach } from '@/lib/content/reach';
import type { Lang, Localized } from '@/lib/site/i18n';
import { fillNotes } from '@/lib/content/deliveries';
import type { Correction, Delivery, Recipient, Source, Tag, TimelineEvent, WithId } from '@/lib/content/schemas';

export interface Article {
  entry: CollectionEntry<'articles'>;
  id: string;
  lang: Lang;
  slug: string;
  file: string;
  data: CollectionEntry<'articles'>['data'];
  /** What its MDX uses (figures, charts, inline citations), from the one analysis at reading time. */
  uses: ArticleUses;
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
  /** The corrections record, newest first. */
  corrections: WithId<Correction>[];
  /** Where each recipient's GPUs are, in recipient order, notes with their figures filled in. */
  deliveries: WithId<Delivery>[];
  /** How far the site's reporting reaches: the latest date its sources, figures and events speak for. */
  reach: string | undefined;
  /** Each article's older and newer neighbour in its language, by article id. */
  neighbours: Map<string, { previous?: Article; next?: Article }>;
  /** Each article's published counterpart in the other language, by article id. */
  translations: Map<string, Article>;
  /** Each article's three most related articles in its language, by article id. */
  related: Map<string, Article[]>;
}

function toArticle(entry: CollectionEntry<'articles'>): Article {
  const { lang, slug, file, uses, readingMinutes } = entry.data;
  return { entry, id: entry.id, lang, slug, file, data: entry.data, uses, readingMinutes };
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [articleEntries, figures, recipients, sources, tags, timeline, corrections, deliveries] = await Promise.all([
    getCollection('articles'),
    getCollection('figures'),
    getCollection('recipients'),
    getCollection('sources'),
    getCollection('tags'),
    getCollection('timeline'),
    getCollection('corrections'),
    getCollection('deliveries'),
  ]);
  const flat = <T>(entries: { id: string; data: T }[]): WithId<T>[] => entries.map((e) => ({ ...e.data, id: e.id }));
  // Checked by the loaders (src/content.config.ts), which also leave drafts out of a build: nothing to filter here.
  const articles = articleEntries.map(toArticle).sort(byNewest);
  const figureIndex = new Map(flat(figures).map((f) => [f.id, f as AnyFigure]));
  const filled = (text: Localized) => ({ ko: fillFigures(text.ko, figureIndex, 'ko'), en: fillFigures(text.en, figureIndex, 'en') });
  const recipientList = flat(recipients).sort((a, b) => a.order - b.order);
  const order = new Map(recipientList.map((r) => [r.id, r.order]));
  return {
    articles,
    neighbours: neighbourIndex(articles),
    translations: translationIndex(articles),
    related: relatedIndex(articles),
    figures: figureIndex,
    recipients: recipientList,
    sources: new Map(flat(sources).map((s) => [s.id, s])),
    tags: new Map(flat(tags).map((t) => [t.id, t])),
    // {fig:id} in a title or summary becomes the figure's text, so a correction to the data reaches the timeline.
    timeline: flat(timeline)
      .map((e) => ({ ...e, title: filled(e.title), summary: filled(e.summary) }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    reach: siteReach({ sources: flat(sources), figures: figureIndex.values(), timeline: flat(timeline) }),
    corrections: flat(corrections).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    deliveries: flat(deliveries)
      .map((d) => fillNotes(d, filled))
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
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
