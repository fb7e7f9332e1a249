// The pages the search index is built from, handed to Pagefind one by one: every page with data-pagefind-body (the
// articles), the Korean ones with the extra words their compounds need (compounds.ts) written, marked, after the
// words they come from. The pages in dist/ stay as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NodeType, parse as parseHtml, type HTMLElement, type Node, type TextNode } from 'node-html-parser';
import type { PagefindIndex } from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { withSearchTerms, type Vocabulary } from './compounds';
import { buildVocabulary } from './vocabulary';
import { contentPaths } from '../content/paths';
import { unwrapKeptTogether } from '../format/line-breaks';

const LANG = /<html[^>]*\slang="([^"]+)"/;
/** The inlined stylesheets: most of a page's bytes, and nothing Pagefind reads. */
const STYLE = /<style[^>]*>[\s\S]*?<\/style>/g;

interface Page {
  sourcePath: string;
  html: string;
  lang: string;
}

/** Every built page Pagefind indexes: those with data-pagefind-body (Pagefind's own rule once any page has it). */
function indexedPages(outDir: string): Page[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html') && !relative(outDir, d.parentPath).startsWith('pagefind'))
    .map((d) => join(d.parentPath, d.name))
    .flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) return [];
      return [
        {
          sourcePath: relative(outDir, file).split(sep).join('/'),
          html: unwrapKeptTogether(html.replace(STYLE, '')),
          lang: LANG.exec(html)?.[1] ?? '',
        },
      ];
    });
}

const SKIPPED = new Set(['script', 'style', 'template', 'svg']);

/** The text nodes Pagefind indexes: inside data-pagefind-body, outside data-pagefind-ignore, scripts and styles. */
function indexedTextNodes(root: HTMLElement): TextNode[] {
  const found: TextNode[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) found.push(node as TextNode);
    else if (node.nodeType === NodeType.ELEMENT_NODE) {
      const element = node as HTMLElement;
      if (SKIPPED.has(element.tagName?.toLowerCase()) || element.hasAttribute('data-pagefind-ignore')) return;
      element.childNodes.forEach(walk);
    }
  };
  const body = root.querySelector('[data-pagefind-body]');
  if (body) walk(body);
  return found;
}

/** The text Pagefind indexes from a parsed page, one text node a line. */
function indexedText(root: HTMLElement): string {
  return indexedTextNodes(root)
    .map((node) => node.text)
    .join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Gives every indexed text node of a parsed page its extra search words (compounds.ts); returns how many. */
function addSearchTerms(root: HTMLElement, vocabulary: Vocabulary): number {
  let added = 0;
  for (const node of indexedTextNodes(root)) {
    const result = withSearchTerms(node.text, vocabulary);
    if (result.added === 0) continue;
    added += result.added;
    node.rawText = result.text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
  }
  return added;
}

/** The names content/data gives recipients, tags and figures, in Korean: the vocabulary's surest words. */
function koreanNames(root: string): string[] {
  const read = (file: string) => parseYaml(readFileSync(join(root, file), 'utf8')) as Record<string, { ko?: string } | undefined>[];
  return [
    ...read(contentPaths.recipients).flatMap((r) => [r.name?.ko, r.shortName?.ko]),
    ...read(contentPaths.tags).map((t) => t.name?.ko),
    ...read(contentPaths.figures).map((f) => f.label?.ko),
  ].filter((name): name is string => typeof name === 'string');
}

/** Adds every indexed page to `index`; returns how many, and how many extra words the Korean ones carry. */
export async function addSearchPages(index: PagefindIndex, outDir: string, root: string): Promise<{ pages: number; terms: number }> {
  const pages = indexedPages(outDir);
  // Each Korean page is parsed once: its text feeds the vocabulary, then the same tree gets the extra words.
  const korean = new Map(pages.filter((p) => p.lang.startsWith('ko')).map((p) => [p, parseHtml(p.html)]));
  const vocabulary = buildVocabulary([...korean.values()].map(indexedText), koreanNames(root));
  let terms = 0;
  const added = await Promise.all(
    pages.map((page) => {
      const tree = korean.get(page);
      const count = tree ? addSearchTerms(tree, vocabulary) : 0;
      terms += count;
      return index.addHTMLFile({ sourcePath: page.sourcePath, content: tree && count ? tree.toString() : page.html });
    }),
  );
  const errors = added.flatMap((a) => a.errors);
  if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
  return { pages: added.length, terms };
}
