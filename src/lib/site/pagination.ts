// Paginated lists (the archive, tag pages, a company's articles): page counts, slices, page addresses and which page
// numbers the pagination control shows. Pure TypeScript, no Astro: src/lib/urls.ts builds the routes from pagePath().

/** Articles on each page of a paginated list. */
export const PAGE_SIZE = 20;
/** Articles the home page lists below its lead story, before the link to the archive. */
export const HOME_LATEST = 10;
/** Articles a company page lists before the link to its full list. */
export const COMPANY_LATEST = 10;
/** Articles the search page lists for readers without JavaScript. */
export const SEARCH_LATEST = 10;
/** Items in each language's RSS feed. */
export const FEED_SIZE = 30;

/**
 * The path segment before a page number: /articles/page/2/. Page numbers cannot follow the list directly
 * (/articles/2/ is where an article with the slug '2' would live), and so no article may have the slug 'page'.
 */
export const PAGE_SEGMENT = 'page';

/** How many pages `total` items make: at least 1, so an empty list still has its first page. */
export function pageCount(total: number, perPage: number = PAGE_SIZE): number {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`pageCount: ${total} is not a count of items`);
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`pageCount: ${perPage} items a page`);
  return Math.max(1, Math.ceil(total / perPage));
}

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based. */
  page: number;
  pages: number;
  /** The items on this page, in list order. */
  items: T[];
  total: number;
  /** 1-based positions of the first and last item on this page in the whole list (0 and 0 when it is empty). */
  from: number;
  to: number;
}

/** Page `page` (1-based) of `items`; throws for a page that does not exist. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number = PAGE_SIZE): Page<T> {
  const pages = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new RangeError(`pageOf: page ${page} does not exist (the list has ${pages} page${pages === 1 ? '' : 's'})`);
  }
  const start = (page - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  return {
    page,
    pages,
    items: slice,
    total: items.length,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
  };
}

/**
 * The site path of page `page` of the list whose first page is `listPath`: page 1 is the list itself ('/tags/hbm/'),
 * later pages follow it ('/tags/hbm/page/2/'). There is never a '/page/1/'.
 */
export function pagePath(listPath: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`pagePath: ${page} is not a page number`);
  const list = listPath.endsWith('/') ? listPath : `${listPath}/`;
  return page === 1 ? list : `${list}${PAGE_SEGMENT}/${page}/`;
}

/** The `page` route parameter of every page after the first ('2', '3', …): page 1 has its own route, the list itself. */
export function laterPageParams(pages: number): string[] {
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => String(i + 2));
}

/** The page to link to in another version of a list (the other language) that has `pagesThere` pages: the same, or else the first. */
export function matchingPage(page: number, pagesThere: number): number {
  return page <= pagesThere ? page : 1;
}

/** A slot in the pagination control: a page number, or a gap standing for the numbers left out. */
export type PageSlot = number | 'gap';

/**
 * The page numbers the control shows: always the first and last, the current one and `siblings` either side of it, with
 * a gap for each run of numbers left out. A gap never stands for a single number (that number is shown instead), so the
 * control keeps the same width as the reader moves through the list: at most 2 × siblings + 5 slots.
 *   pageNumbers(1, 5)   → [1, 2, 3, 4, 5]
 *   pageNumbers(10, 50) → [1, 'gap', 9, 10, 11, 'gap', 50]
 */
export function pageNumbers(current: number, pages: number, siblings = 1): PageSlot[] {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`pageNumbers: ${pages} pages`);
  if (!Number.isInteger(current) || current < 1 || current > pages) throw new RangeError(`pageNumbers: page ${current} of ${pages}`);
  const slots = 2 * siblings + 5;
  if (pages <= slots) return Array.from({ length: pages }, (_, i) => i + 1);
  // Keep the window the same size near either end: 1 2 3 4 5 … 50 rather than 1 2 … 50.
  const windowSize = 2 * siblings + 1;
  let start = Math.max(2, current - siblings);
  let end = Math.min(pages - 1, current + siblings);
  if (start <= 3) {
    start = 2;
    end = windowSize + 2;
  } else if (end >= pages - 2) {
    end = pages - 1;
    start = pages - windowSize - 1;
  }
  const out: PageSlot[] = [1];
  if (start > 2) out.push('gap');
  for (let n = start; n <= end; n++) out.push(n);
  if (end < pages - 1) out.push('gap');
  out.push(pages);
  return out;
}
