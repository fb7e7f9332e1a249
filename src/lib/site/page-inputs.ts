// Each page's cacheKey (src/lib/site/page-key.ts) from what it shows: the article and its neighbours, related articles,
// translation, tags, recipients, corrections, figures, charts and sources; a list's page of teasers and its counts; the
// site-wide data where a page shows some of everything (home, methodology, companies). Keys err towards more: a key that
// covers too much re-renders a page for nothing, one that covers too little leaves it stale, silently. A component that
// starts showing more data needs its page's key here to cover it; tests/tooling/incremental-build.test.ts compares an
// incremental build with a cold one after real edits.
import type { AnyFigure } from '../content/figures';
import type { ArticleUses } from '../content/model';
import type { Correction, Delivery, Recipient, Source, Tag, TimelineEvent, WithId } from '../content/schemas';
import { chartSpec, isChartId, type ChartId } from '../charts/spec';
import type { Lang } from './i18n';
import { hashText, stableJson } from './page-key';
import { COMPANY_LATEST, HOME_LATEST, SEARCH_LATEST } from './pagination';

/** What a key needs of an article (src/data/site.ts's Article has it). */
export interface KeyArticle {
  id: string;
  lang: Lang;
  slug: string;
  data: { translationKey: string; tags: string[]; recipients: string[]; sources: string[]; featured?: boolean };
  uses: ArticleUses;
  readingMinutes: number;
  entry: { body?: string | undefined };
}

/** What a key needs of the site (src/data/site.ts's Site has it). */
export interface KeySite<A extends KeyArticle = KeyArticle> {
  articles: A[];
  figures: Map<string, AnyFigure>;
  recipients: WithId<Recipient>[];
  deliveries: WithId<Delivery>[];
  sources: Map<string, WithId<Source>>;
  tags: Map<string, WithId<Tag>>;
  timeline: WithId<TimelineEvent>[];
  corrections: WithId<Correction>[];
  reach: string | undefined;
  neighbours: Map<string, { previous?: A | undefined; next?: A | undefined }>;
  translations: Map<string, A>;
  related: Map<string, A[]>;
}

/** The home page's lead story (the featured article, else the newest) and the latest after it. */
export function homeArticles<A extends KeyArticle>(articles: A[]): { lead: A | undefined; latest: A[] } {
  const lead = articles.find((a) => a.data.featured) ?? articles[0];
  return { lead, latest: articles.filter((a) => a !== lead).slice(0, HOME_LATEST) };
}

/** Fragments of stable JSON, worked out once per build (per site object) and reused by every page's key. */
interface Memo {
  teasers: Map<string, string>;
  figures: Map<string, string>;
  sources: Map<string, string>;
  charts: Map<string, { json: string; sources: string[] }>;
  byLang: Map<Lang, KeyArticle[]>;
  all?: string;
}
const memos = new WeakMap<KeySite, Memo>();
function memo(site: KeySite): Memo {
  let m = memos.get(site);
  if (!m) memos.set(site, (m = { teasers: new Map(), figures: new Map(), sources: new Map(), charts: new Map(), byLang: new Map() }));
  return m;
}
const cached = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
};

/** An article as lists, neighbours and links show it: its frontmatter (not what its text uses or how long it is). */
function teaser(site: KeySite, a: KeyArticle | undefined): string {
  if (!a) return 'null';
  return cached(memo(site).teasers, a.id, () => {
    const { uses: _uses, readingMinutes: _minutes, ...data } = a.data as Record<string, unknown>;
    return stableJson({ id: a.id, slug: a.slug, lang: a.lang, data });
  });
}
const teasers = (site: KeySite, list: (KeyArticle | undefined)[]) => list.map((a) => teaser(site, a)).join(',');

function articlesIn(site: KeySite, lang: Lang): KeyArticle[] {
  return cached(memo(site).byLang, lang, () => site.articles.filter((a) => a.lang === lang));
}

/** A figure as printed: itself and the figure it is printed beside (`equivalent`); their sources' ids. */
function figure(site: KeySite, id: string, sourceIds: Set<string>): string {
  const fig = site.figures.get(id);
  const eq = fig?.equivalent ? site.figures.get(fig.equivalent) : undefined;
  for (const s of [...(fig?.sources ?? []), ...(eq?.sources ?? [])]) sourceIds.add(s);
  return cached(memo(site).figures, id, () => stableJson([id, fig ?? null, eq ?? null]));
}

/** A chart as drawn (its whole specification: bars, table, CSV, summary, source ids). */
function chart(site: KeySite, id: ChartId, lang: Lang, sourceIds: Set<string>): string {
  const c = cached(memo(site).charts, `${id}/${lang}`, () => {
    const spec = chartSpec({ figures: site.figures, recipients: site.recipients, deliveries: site.deliveries }, id, lang);
    return { json: stableJson(spec), sources: spec.sources };
  });
  for (const s of c.sources) sourceIds.add(s);
  return c.json;
}

function sources(site: KeySite, ids: Iterable<string>): string {
  return [...new Set(ids)]
    .sort()
    .map((id) => cached(memo(site).sources, id, () => stableJson([id, site.sources.get(id) ?? null])))
    .join(',');
}

/** Everything but the articles: for pages that show a little of all of it. */
function allData(site: KeySite): string {
  const m = memo(site);
  m.all ??= stableJson({
    figures: site.figures,
    recipients: site.recipients,
    deliveries: site.deliveries,
    sources: site.sources,
    tags: site.tags,
    timeline: site.timeline,
    corrections: site.corrections,
    reach: site.reach ?? null,
  });
  return m.all;
}

/** MDX components that read more of the data than the article's `uses` records. */
const READS_ALL_DATA = /<(RecipientCard|TimelineExcerpt)\b/;

/** An article's page: the article, its text, its context on the site, and every number, chart and source it shows. */
export function articlePageKey(site: KeySite, article: KeyArticle): string {
  const { data, uses } = article;
  const body = article.entry.body ?? '';
  const sourceIds = new Set([...data.sources, ...uses.sources]);
  const figures = uses.figures.map((id) => figure(site, id, sourceIds)).join(',');
  const charts = uses.charts
    .filter(isChartId)
    .map((id) => chart(site, id, article.lang, sourceIds))
    .join(',');
  const { previous, next } = site.neighbours.get(article.id) ?? {};
  return hashText(
    'article',
    stableJson({ id: article.id, slug: article.slug, lang: article.lang, data, uses, readingMinutes: article.readingMinutes }),
    hashText(body),
    teasers(site, [site.translations.get(article.id), previous, next, ...(site.related.get(article.id) ?? [])]),
    stableJson(data.tags.map((id) => site.tags.get(id) ?? id)),
    stableJson(site.recipients.filter((r) => data.recipients.includes(r.id))),
    stableJson(site.corrections.filter((c) => c.articles.includes(data.translationKey))),
    figures,
    charts,
    sources(site, sourceIds),
    READS_ALL_DATA.test(body) ? allData(site) : '',
  );
}

/** One page of a list of articles: what names the list, the page's teasers, where it stands, and its addresses. */
export function listPageKey(
  site: KeySite,
  list: { heading: string; description: string; back?: unknown; items: KeyArticle[]; page: number; pages: number; total: number },
  address: { path: string; alternates: unknown },
): string {
  const { items, ...meta } = list;
  return hashText('list', stableJson({ ...meta, ...address }), teasers(site, items));
}

/** The pages that exist once per language. */
export type SinglePage = 'home' | 'search' | 'timeline' | 'corrections' | 'methodology' | 'companies' | 'tracker' | 'feed';

export function singlePageKey(site: KeySite, page: SinglePage, lang: Lang): string {
  const articles = articlesIn(site, lang);
  switch (page) {
    case 'home': {
      const { lead, latest } = homeArticles(articles);
      return hashText(page, lang, allData(site), String(articles.length), teasers(site, [lead, ...latest]));
    }
    case 'search': {
      const used = [...new Set(articles.flatMap((a) => a.data.tags))].sort();
      const tags = stableJson(used.map((id) => site.tags.get(id) ?? id));
      return hashText(page, lang, tags, String(articles.length), teasers(site, articles.slice(0, SEARCH_LATEST)));
    }
    case 'timeline':
    case 'corrections': {
      // The articles its events or corrections link to, by their teasers.
      const links = page === 'timeline' ? site.timeline : site.corrections;
      const keys = new Set(links.flatMap((e) => e.articles));
      const linked = articles.filter((a) => keys.has(a.data.translationKey));
      return hashText(page, lang, allData(site), teasers(site, linked));
    }
    case 'feed':
      // The newest articles and the corrections to them, under the site's description (which names the total).
      return hashText(page, lang, allData(site), teasers(site, articles));
    case 'methodology':
    case 'companies':
    case 'tracker':
      return hashText(page, lang, allData(site));
  }
}

/** A recipient's page: the data (its figures, both charts), and its latest articles with their count. */
export function companyPageKey(site: KeySite, lang: Lang, recipient: string): string {
  const about = articlesIn(site, lang).filter((a) => a.data.recipients.includes(recipient));
  return hashText('company', lang, recipient, allData(site), String(about.length), teasers(site, about.slice(0, COMPANY_LATEST)));
}

/** A chart on its own (the embed page, the CSV): its specification and, for the embed, its sources. */
export function chartPageKey(site: KeySite, id: ChartId, lang: Lang): string {
  const sourceIds = new Set<string>();
  const spec = chart(site, id, lang, sourceIds);
  return hashText('chart', id, lang, spec, sources(site, sourceIds));
}
