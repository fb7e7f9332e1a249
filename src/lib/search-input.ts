// What the search indexer (Pagefind) is given for a rendered page, and where each language's index is written.

/**
 * Each language has its own Pagefind bundle, site path `pagefind/<lang>/`: a search page only ever searches its own
 * language, and the two bundles are written by two indexer processes at once (one bundle is written by one thread).
 */
export function searchBundlePath(lang: string): string {
  return `pagefind/${lang}/`;
}

/**
 * Article pages mark their indexable part with data-pagefind-body; other pages return undefined. The <head> (its
 * inlined stylesheet is 15 kB of a typical 35–40 kB page) and the site header are cut: Pagefind only reads the marked
 * element and the <html lang> that tells it the page's language.
 */
export function indexableHtml(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker === -1) return undefined;
  const tagStart = html.lastIndexOf('<', marker);
  const head = html.indexOf('<head');
  if (head === -1 || head > tagStart) return html;
  return `${html.slice(0, head)}<body>${html.slice(tagStart)}`;
}

/** The URL stored in the index is the path under the deploy base: the search island adds the base back (baseUrl). */
export function indexUrl(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? pathname.slice(b.length - 1) : pathname;
}
