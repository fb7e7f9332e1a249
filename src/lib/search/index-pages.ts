// The pages the search index is built from, handed to Pagefind one by one: every page with data-pagefind-body (the
// articles), the Korean ones with the extra words their compounds need (compounds.ts) written, marked, after the
// written words they come from (read as Pagefind reads them, across inline elements). The pages in dist/ stay as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NodeType, parse as parseHtml, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import type { PagefindIndex } from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { addedText, searchTermsAt, type Vocabulary } from './compounds';
import { SENTENCE_END } from './excerpt';
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

/**
 * Pagefind's block elements: it puts a space (and a full stop after a word) at their edges, and a space at <br>; text
 * anywhere else runs on into the text next to it, as inline text does.
 */
const PAGEFIND_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section', 'br']);
/** The elements Pagefind leaves out of a page's text (as it does data-pagefind-ignore). */
const UNINDEXED = new Set(['head', 'script', 'style', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

/**
 * The text Pagefind indexes, as the runs it reads without a break: the text nodes inside data-pagefind-body (outside
 * data-pagefind-ignore and what Pagefind leaves out), split at its block elements. A written word may span nodes
 * (<a>SK텔레콤</a>과): only the run shows where it ends.
 */
function textRuns(root: HTMLElement): TextNode[][] {
  const runs: TextNode[][] = [[]];
  const cut = () => {
    if (runs.at(-1)!.length > 0) runs.push([]);
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) runs.at(-1)!.push(node as TextNode);
    else if (node.nodeType === NodeType.ELEMENT_NODE) {
      const element = node as HTMLElement;
      const tag = element.tagName?.toLowerCase() ?? '';
      if (UNINDEXED.has(tag) || element.hasAttribute('data-pagefind-ignore')) return;
      const block = PAGEFIND_BLOCKS.has(tag);
      if (block) cut();
      element.childNodes.forEach(walk);
      if (block) cut();
    }
  };
  const body = root.querySelector('[data-pagefind-body]');
  if (body) walk(body);
  return runs.filter((run) => run.length > 0);
}

/**
 * Elements a reader sees as blocks that Pagefind reads as inline text, running their first and last words into the
 * text around them (two header cells gave 받는 곳GPU, a chart's title and caption 나누면GPU): table header cells
 * and the other HTML blocks outside its list, and any element with Tailwind's `block` class.
 */
const GLUED_BLOCKS = new Set([
  'th',
  'tr',
  'thead',
  'tbody',
  'tfoot',
  'table',
  'caption',
  'dl',
  'dt',
  'dd',
  'ol',
  'figure',
  'figcaption',
  'blockquote',
  'details',
  'summary',
  'aside',
  'header',
  'address',
]);
/**
 * Gives a parsed page's blocks the word breaks Pagefind gives its own: a space at either edge, and before the last
 * one a full stop when the block holds no other block and ends in a letter (as Pagefind ends its blocks), so that a
 * header cell reads as a data cell does ('받는 곳. GPU. 전체 대비.').
 */
function addWordBreaks(root: HTMLElement): void {
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return;
  const isBlock = (el: HTMLElement) => {
    const tag = el.tagName.toLowerCase();
    return GLUED_BLOCKS.has(tag) || PAGEFIND_BLOCKS.has(tag) || el.classList.contains('block');
  };
  const glued = body.querySelectorAll('*').filter((el) => isBlock(el) && !PAGEFIND_BLOCKS.has(el.tagName.toLowerCase()));
  for (const el of glued) {
    const innermost = !el.querySelectorAll('*').some(isBlock);
    el.childNodes.unshift(new TextNode(' ', el));
    el.appendChild(new TextNode(innermost && SENTENCE_END.test(el.text) ? '. ' : ' ', el));
  }
}

/** The text Pagefind indexes from a parsed page, one run a line. */
function indexedText(root: HTMLElement): string {
  return textRuns(root)
    .map((run) => run.map((node) => node.text).join(''))
    .join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Gives a parsed page's words their extra search words (compounds.ts); returns how many. The extra words go right
 * after the whole written word, in the text node where it ends: after <a>SK텔레콤</a>과, not inside the link, where
 * Pagefind would read `텔레콤과 and the search island, taking the added word out of an excerpt, would lose 과.
 */
function addSearchTerms(root: HTMLElement, vocabulary: Vocabulary): number {
  let added = 0;
  for (const run of textRuns(root)) {
    const texts = run.map((node) => node.text);
    const found = searchTermsAt(texts.join(''), vocabulary);
    let start = 0;
    run.forEach((node, i) => {
      const end = start + texts[i]!.length;
      // The words whose last letter is in this node, the last first so that the offsets before them hold.
      const here = found.filter((f) => f.end > start && f.end <= end).reverse();
      if (here.length > 0) {
        let text = texts[i]!;
        for (const f of here) {
          text = text.slice(0, f.end - start) + addedText(f.terms) + text.slice(f.end - start);
          added += f.terms.length;
        }
        node.rawText = text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
      }
      start = end;
    });
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
  // Each page is parsed once and given its word breaks; a Korean page's text then feeds the vocabulary, and the same
  // tree gets the extra words.
  const pages = indexedPages(outDir).map((page) => {
    const tree = parseHtml(page.html);
    addWordBreaks(tree);
    return { ...page, tree };
  });
  const korean = pages.filter((p) => p.lang.startsWith('ko'));
  const vocabulary = buildVocabulary(
    korean.map((p) => indexedText(p.tree)),
    koreanNames(root),
  );
  let terms = 0;
  for (const page of korean) terms += addSearchTerms(page.tree, vocabulary);
  const added = await Promise.all(pages.map((page) => index.addHTMLFile({ sourcePath: page.sourcePath, content: page.tree.toString() })));
  const errors = added.flatMap((a) => a.errors);
  if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
  return { pages: added.length, terms };
}
