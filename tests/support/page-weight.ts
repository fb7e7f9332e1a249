// Measures what a built page costs to load: its HTML and render-blocking CSS, and the JavaScript files it pulls in.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';

/** About ten TCP segments: what a server sends in its first round trip; a page's first paragraph must arrive in it. */
export const FIRST_ROUND_TRIP = 14 * 1024;
/** Everything in <head> (the inlined CSS included): what the browser needs before it can paint anything. */
export const HEAD_BUDGET = 8 * 1024;
/** The chart islands' JavaScript, gzip, all chunks a chart page loads (issue 4). */
export const CHART_JS = 60 * 1024;

/** Gzip at the best level, the most a host could save. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** The page up to the end of its <head>. */
export function headPart(html: string): string {
  const end = html.indexOf('</head>');
  if (end === -1) throw new Error('the page has no </head>');
  return html.slice(0, end + '</head>'.length);
}

/**
 * The page up to the end of the first paragraph in <main>: what a reader needs to start reading. A page with no
 * paragraph in <main> counts up to the end of <main>.
 */
export function firstParagraphPart(html: string): string {
  const main = html.search(/<main[\s>]/);
  if (main === -1) throw new Error('the page has no <main>');
  const mainEnd = html.indexOf('</main>', main) + '</main>'.length;
  const p = html.indexOf('</p>', main);
  const end = p !== -1 && p < mainEnd ? p + '</p>'.length : mainEnd;
  return html.slice(0, end);
}

/** A chart page is marked by the chart island's element or a data-chart attribute; only those may load JavaScript. */
export function isChartPage(doc: HTMLElement): boolean {
  return doc.querySelector('gpu-chart, [data-chart]') !== null;
}

/** The search page runs the search island (and Pagefind once a reader searches): its one other place for JavaScript. */
export function isSearchPage(doc: HTMLElement): boolean {
  return doc.querySelector('site-search') !== null;
}

/** Stylesheets that block the first render: <link rel=stylesheet> not limited to print. */
export function renderBlockingStylesheets(doc: HTMLElement): string[] {
  return doc
    .querySelectorAll('link[rel~="stylesheet"]')
    .filter((l) => !/^\s*print\s*$/i.test(l.getAttribute('media') ?? ''))
    .map((l) => l.getAttribute('href')!);
}

/** JavaScript files a page asks for directly: script src, module preloads, and imports of inline module scripts. */
export function referencedScripts(doc: HTMLElement): string[] {
  const refs = [
    ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...doc.querySelectorAll('link[rel~="modulepreload"], link[rel~="preload"][as="script"]').map((l) => l.getAttribute('href')!),
  ];
  for (const s of doc.querySelectorAll('script[type="module"]:not([src])')) refs.push(...importSpecifiers(s.text));
  return refs;
}

/** Every string literal in JavaScript that names a .js file: static and dynamic imports and Vite's preload lists. */
function importSpecifiers(js: string): string[] {
  return [...js.matchAll(/["'`]([^"'`\s]+\.m?js)["'`]/g)].map((m) => m[1]!);
}

/** A site-absolute URL ('/gpu-deal/_astro/a.css') → its file in the build folder, or undefined if outside the base. */
export function fileFor(href: string, dist: string, base: string): string | undefined {
  const path = new URL(href, 'http://site.invalid/').pathname;
  if (!path.startsWith(base)) return undefined;
  return join(dist, decodeURIComponent(path.slice(base.length)));
}

/**
 * All JavaScript files reachable from `entries` (site-absolute URLs) through imports, each counted once, with their
 * gzip sizes. Lazily imported chunks count too: the budget is what a chart costs once it is on screen.
 */
export function scriptGraph(entries: string[], dist: string, base: string): { file: string; gzip: number }[] {
  const seen = new Map<string, number>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file);
    seen.set(file, gzipSize(code));
    for (const spec of importSpecifiers(code.toString('utf8'))) {
      // A relative import is next to its importer, or (a Vite preload list) relative to the build folder.
      const next = spec.startsWith('/')
        ? fileFor(spec, dist, base)
        : [posix.join(posix.dirname(file), spec), join(dist, spec)].find((c) => existsSync(c));
      if (next && existsSync(next)) visit(next);
    }
  };
  for (const href of entries) {
    const file = fileFor(href, dist, base);
    if (!file || !existsSync(file)) throw new Error(`${href} is not a file of the build`);
    visit(file);
  }
  return [...seen].map(([file, gzip]) => ({ file, gzip }));
}

export interface Measured {
  bytes: number;
  limit: number;
  /** What was counted, and what to do when it is over. */
  detail: string;
}

/** The two first-render budgets of a built page, render-blocking stylesheets (if any) counted in both. */
export function firstRenderBudget(
  html: string,
  doc: HTMLElement,
  dist: string,
  base: string,
): { head: Measured; firstParagraph: Measured } {
  const css = renderBlockingStylesheets(doc).map((href) => {
    const file = fileFor(href, dist, base);
    if (!file || !existsSync(file)) throw new Error(`stylesheet ${href} is not part of the build`);
    return { href, bytes: gzipSize(readFileSync(file)) };
  });
  const cssBytes = css.reduce((sum, c) => sum + c.bytes, 0);
  const cssText = css.map((c) => ` + ${c.href} ${c.bytes} B`).join('');
  const measure = (part: string, limit: number, what: string, fix: string): Measured => {
    const bytes = gzipSize(part) + cssBytes;
    return { bytes, limit, detail: `${what} ${bytes - cssBytes} B${cssText} = ${bytes} B of ${limit} B${bytes > limit ? `: ${fix}` : ''}` };
  };
  return {
    head: measure(
      headPart(html),
      HEAD_BUDGET,
      '<head>',
      "the layout's <head> (inlined CSS, meta tags, CSP) has grown: trim the stylesheet or the metadata",
    ),
    firstParagraph: measure(
      firstParagraphPart(html),
      FIRST_ROUND_TRIP,
      'up to the first paragraph',
      'the page template before the first paragraph (header, title block, table of contents) has grown',
    ),
  };
}
