// Finds links in a built site that lead nowhere (missing file, missing #anchor, outside the base path) and external
// links that would hand the page to the other site (no rel="noopener noreferrer").
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface LinkProblem {
  /** The file the link is in, relative to the site folder ('en/timeline/index.html'). */
  page: string;
  /** The link as written. */
  link: string;
  problem: string;
}

export interface SiteFile {
  /** Path relative to the site folder, with forward slashes. */
  path: string;
  /** Text of HTML, XML and .txt files; undefined for other files. */
  text?: string;
}

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

function htmlReferences(doc: HTMLElement): { link: string; external?: HTMLElement }[] {
  const refs: { link: string; external?: HTMLElement }[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(selector)) {
      refs.push({ link: el.getAttribute(attribute)!.trim(), external: selector === 'a[href]' ? el : undefined });
    }
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of el.getAttribute('srcset')!.split(',')) {
      const link = candidate.trim().split(/\s+/)[0];
      if (link) refs.push({ link });
    }
  }
  return refs;
}

function xmlReferences(text: string): string[] {
  const refs = [...text.matchAll(/<(loc|link|guid isPermaLink="true")>\s*([^<\s]+)\s*<\//g)].map((m) => m[2]!);
  refs.push(...[...text.matchAll(/<[^>]+\shref="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
  return refs;
}

function textReferences(text: string): string[] {
  return [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
}

/** The URL a file is served at: `articles/x/index.html` → `<root>articles/x/`. */
function fileUrl(path: string, root: URL): URL {
  return new URL(path.replace(/(^|\/)index\.html$/, '$1'), root);
}

/**
 * Checks every reference in `files`. `root` is where the site will live, with its base path
 * (`https://example.github.io/gpu-deal/`): absolute links to that origin are internal too.
 */
export function checkLinks(files: SiteFile[], root: URL): LinkProblem[] {
  const paths = new Set(files.map((f) => f.path));
  const docs = new Map<string, HTMLElement>();
  for (const f of files) {
    if (f.path.endsWith('.html') && f.text !== undefined) docs.set(f.path, parse(f.text));
  }
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let ids = idsCache.get(path);
    if (!ids) {
      const doc = docs.get(path)!;
      ids = new Set([
        ...doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!),
        ...doc.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!),
      ]);
      idsCache.set(path, ids);
    }
    return ids;
  };

  const problems: LinkProblem[] = [];
  const check = (page: string, link: string, anchor?: HTMLElement) => {
    const report = (problem: string) => problems.push({ page, link, problem });
    if (!link) return report('empty link');
    let url: URL;
    try {
      url = new URL(link, fileUrl(page, root));
    } catch {
      return report('not a valid URL');
    }
    if (url.protocol === 'javascript:') return report('javascript: URL');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // mailto:, tel:, data:
    if (url.origin !== root.origin) {
      const rel = new Set((anchor?.getAttribute('rel') ?? '').split(/\s+/));
      if (anchor && !(rel.has('noopener') && rel.has('noreferrer'))) report('external link without rel="noopener noreferrer"');
      return;
    }
    if (!url.pathname.startsWith(root.pathname)) return report(`outside the site's base path ${root.pathname}`);
    let rest: string;
    try {
      rest = decodeURIComponent(url.pathname.slice(root.pathname.length));
    } catch {
      return report('badly percent-encoded path');
    }
    const target = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
    if (!paths.has(target)) {
      if (paths.has(`${rest}/index.html`)) return report('page address without its trailing slash');
      return report(`no such file in the build: ${target}`);
    }
    if (url.hash.length > 1) {
      let id: string;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {
        return report('badly percent-encoded #anchor');
      }
      if (!docs.has(target)) return report(`#${id} points into a file that is not a page`);
      if (!idsOf(target).has(id)) report(`no element with id="${id}" on ${target}`);
    }
  };

  for (const f of files) {
    if (f.text === undefined) continue;
    if (docs.has(f.path)) {
      for (const { link, external } of htmlReferences(docs.get(f.path)!)) check(f.path, link, external);
    } else if (f.path.endsWith('.xml')) {
      for (const link of xmlReferences(f.text)) check(f.path, link);
    } else if (f.path.endsWith('.txt')) {
      for (const link of textReferences(f.text)) check(f.path, link);
    }
  }
  return problems;
}

/** Every file of a built site folder, with the text of the files whose links are checked. */
export function readSite(dir: string): SiteFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const path = relative(dir, file).split('\\').join('/');
      const text = /\.(html|xml|txt)$/.test(path) ? readFileSync(file, 'utf8') : undefined;
      return { path, text };
    });
}

/** Where a build says it lives: the home page's canonical link (origin + base path). */
export function siteRoot(dir: string): URL {
  const canonical = parse(readFileSync(join(dir, 'index.html'), 'utf8')).querySelector('link[rel="canonical"]');
  const href = canonical?.getAttribute('href');
  if (!href) throw new Error(`${dir}/index.html has no canonical link to tell where the site lives`);
  return new URL(href);
}
