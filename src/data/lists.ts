// The site's paginated lists of articles — the archive, each tag, each recipient's full list. The page files under
// src/pages/[...locale]/ (the list's first page, and page/[page].astro for the rest) get their static paths from
// listPaths() (src/lib/list-pages.ts) and render them with src/components/ListPage.astro.
import { t, type Lang } from '@/lib/site/i18n';
import { listPaths, type ListEntry, type Listing, type ListPageProps } from '@/lib/site/list-pages';
import { listPageKey } from '@/lib/site/page-inputs';
import { COMPANY_LATEST, pageOf } from '@/lib/site/pagination';
import type { Recipient, Tag, WithId } from '@/lib/content/schemas';
import { href, routes } from '@/lib/site/urls';
import { articlesIn, getSite, type Article, type Site } from './site';

/** One list of articles in one language. */
export interface ArticleListing extends Listing {
  /** The list's name: its first page's <h1> and <title>. */
  heading: string;
  description: string;
  /** Newest first. */
  articles: Article[];
  /** The site path (without base) of each page of the list. */
  path: (page: number) => string;
  /** Where the list stands in for another page (a recipient's list, for its overview page): a link back there (with base). */
  back?: { href: string; label: string } | undefined;
}

/** Every article in `lang`. */
export function archiveListing(site: Site, lang: Lang): ArticleListing {
  const ui = t(lang);
  return {
    heading: ui.allArticles,
    description: ui.archiveIntro,
    articles: articlesIn(site, lang),
    path: (page) => routes.archive(lang, page),
  };
}

/** Every article in `lang` with one tag. */
export function tagListing(site: Site, lang: Lang, tag: WithId<Tag>): ArticleListing {
  const ui = t(lang);
  return {
    heading: ui.tagTitle(tag.name[lang]),
    description: ui.tagIntro(tag.name[lang]),
    articles: articlesIn(site, lang).filter((a) => a.data.tags.includes(tag.id)),
    path: (page) => routes.tag(lang, tag.id, page),
  };
}

/** Every article in `lang` about one recipient (its overview page shows the latest COMPANY_LATEST). */
export function companyListing(site: Site, lang: Lang, recipient: WithId<Recipient>): ArticleListing {
  const ui = t(lang);
  const name = recipient.name[lang];
  return {
    heading: ui.companyAllTitle(name),
    description: ui.companyAllIntro(name),
    articles: articlesIn(site, lang).filter((a) => a.data.recipients.includes(recipient.id)),
    path: (page) => routes.companyArticles(lang, recipient.id, page),
    back: { href: href.company(lang, recipient.id), label: ui.companyBack(name) },
  };
}

/** The archive in `lang`, for listPaths(). */
export function archiveEntries(site: Site, lang: Lang): ListEntry<Record<string, never>, ArticleListing>[] {
  return [{ key: 'archive', params: {}, listing: archiveListing(site, lang) }];
}

/** Every tag's list in `lang`, for listPaths(). */
export function tagEntries(site: Site, lang: Lang): ListEntry<{ tag: string }, ArticleListing>[] {
  return [...site.tags.values()].map((tag) => ({ key: tag.id, params: { tag: tag.id }, listing: tagListing(site, lang, tag) }));
}

/** A recipient's full list exists only where its overview page cannot show every article. */
export function hasCompanyListing(listing: ArticleListing): boolean {
  return listing.articles.length > COMPANY_LATEST;
}

/**
 * The recipients' full lists in `lang`, for listPaths(): only those longer than their overview page shows; where one
 * does not exist, the other language's version leads to the overview page instead.
 */
export function companyEntries(site: Site, lang: Lang): ListEntry<{ id: string }, ArticleListing>[] {
  return site.recipients.map((recipient) => {
    const listing = companyListing(site, lang, recipient);
    return {
      key: recipient.id,
      params: { id: recipient.id },
      listing: hasCompanyListing(listing) ? listing : undefined,
      fallback: routes.company(lang, recipient.id),
    };
  });
}

/**
 * getStaticPaths of a paginated list's route: the list's first page (`later` false), or its later pages
 * (…/page/2/, …), in both languages.
 */
export async function listRoute(kind: 'archive' | 'tags' | 'recipients', later: boolean) {
  const site = await getSite();
  const key = (props: ListPageProps<ArticleListing>) => listKey(site, props);
  if (kind === 'tags') return listPaths((lang) => tagEntries(site, lang), later, key);
  if (kind === 'recipients') return listPaths((lang) => companyEntries(site, lang), later, key);
  return listPaths((lang) => archiveEntries(site, lang), later, key);
}

/** A list page's cacheKey: what src/components/ListPage.astro shows of its list. */
function listKey(site: Site, { listing, page, alternates }: ListPageProps<ArticleListing>): string {
  const { items, pages, total } = pageOf(listing.articles, page);
  const { heading, description, back } = listing;
  return listPageKey(site, { heading, description, back, items, page, pages, total }, { path: listing.path(page), alternates });
}
