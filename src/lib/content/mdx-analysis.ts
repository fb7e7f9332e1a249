// Reads an article's MDX with the compiler the build uses (Sätteri, with Astro's heading-id plugin): what it uses —
// components and their props, links, images, import lines, heading anchors — with line numbers, or where it fails to compile.
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { mdxToJs, mdxToMdast } from 'satteri';
import type { ArticleUses } from './model';
import { proseOf, type ProseBlock } from './mdx-prose';

/** An attribute value: text, a `{…}` expression (its source, and its value when it is a plain literal), or true when bare. */
export type AttrValue = { text: string } | { expression: string; literal?: string | number | boolean } | { bare: true };

export interface JsxUse {
  name: string;
  line: number;
  attributes: { name: string; value: AttrValue }[];
  /** `{...props}` spreads, which the checker cannot see into. */
  spreads: number;
  hasChildren: boolean;
}

export interface LinkUse {
  url: string;
  line: number;
}

export interface ImageUse {
  src: string;
  /** undefined: no alt attribute at all. */
  alt: string | undefined;
  line: number;
  /** Written as <img> rather than ![alt](src). */
  jsx: boolean;
}

export interface MdxSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface MdxAnalysis {
  error?: MdxSyntaxError;
  components: JsxUse[];
  links: LinkUse[];
  images: ImageUse[];
  /** Lines with `import`/`export` statements. */
  esmLines: number[];
  /** `{…}` in the text that is code, not a comment or a quoted string: it runs when the page is built. */
  expressions: { source: string; line: number }[];
  /** The text a reader sees, block by block (mdx-prose.ts). */
  prose: ProseBlock[];
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** The build's MDX features (Astro's defaults). */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

function parseError(e: unknown): MdxSyntaxError {
  const text = e instanceof Error ? e.message : String(e);
  const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec(text.trim());
  return m ? { line: Number(m[1]), column: Number(m[2]), message: m[3]! } : { line: 1, column: 1, message: text };
}

function attrValue(value: unknown): AttrValue {
  if (value === null || value === undefined) return { bare: true };
  if (typeof value === 'string') return { text: value };
  const expression = String((value as { value?: unknown }).value ?? '').trim();
  try {
    const literal: unknown = JSON.parse(expression);
    if (typeof literal === 'string' || typeof literal === 'number' || typeof literal === 'boolean') return { expression, literal };
  } catch {
    // Not a plain literal: the checker reports it if the prop needs one.
  }
  return { expression };
}

const hasContent = (children: Node[] | undefined): boolean =>
  (children ?? []).some((c) => c.type !== 'text' || String(c.value ?? '').trim() !== '');

function walk(node: Node, out: MdxAnalysis): void {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const attributes: JsxUse['attributes'] = [];
      let spreads = 0;
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name) attributes.push({ name: a.name, value: attrValue(a.value) });
        else spreads += 1;
      }
      const name = node.name ?? '';
      const attr = (n: string) => attrText({ name, line, attributes, spreads, hasChildren: false }, n);
      if (name === 'img') out.images.push({ src: attr('src') ?? '', alt: attr('alt'), line, jsx: true });
      else if (name === 'a' && attr('href') !== undefined) out.links.push({ url: attr('href')!, line });
      out.components.push({ name, line, attributes, spreads, hasChildren: hasContent(node.children) });
      break;
    }
    case 'link':
    case 'definition':
      out.links.push({ url: node.url ?? '', line });
      break;
    case 'image':
      out.images.push({ src: node.url ?? '', alt: node.alt ?? '', line, jsx: false });
      break;
    case 'mdxjsEsm':
      out.esmLines.push(line);
      break;
    case 'mdxTextExpression':
    case 'mdxFlowExpression': {
      const source = String(node.value ?? '').trim();
      // {/* a note */}, {' '} and {"…"} are what editors are told to write; anything else is code the build runs.
      if (!/^(\/\*[\s\S]*\*\/|'[^']*'|"[^"]*"|)$/.test(source)) out.expressions.push({ source, line });
      break;
    }
  }
  for (const child of node.children ?? []) walk(child, out);
}

/**
 * Analyse a whole .mdx file (frontmatter included, so line numbers match the file). Syntax only: an import or export
 * line that would not compile is reported by the checker as a line to remove, as every import/export line is.
 */
export function analyseMdx(source: string): MdxAnalysis {
  const out: MdxAnalysis = { components: [], links: [], images: [], esmLines: [], expressions: [], prose: [] };
  let tree: Node;
  try {
    tree = mdxToMdast(source, { features: FEATURES }) as unknown as Node;
  } catch (e) {
    return { ...out, error: parseError(e) };
  }
  walk(tree, out);
  out.prose = proseOf(tree);
  return out;
}

/** The text of an attribute written as text or a plain literal: id="x" or id={'x'}. */
export function attrText(use: JsxUse, name: string): string | undefined {
  const v = use.attributes.find((a) => a.name === name)?.value;
  return v && 'text' in v ? v.text : v && 'literal' in v ? String(v.literal) : undefined;
}

/** <AllocationChart metric="gpus"> is the chart 'allocation-gpus'. */
const METRIC_CHART: Record<string, string> = { gpus: 'allocation-gpus', value: 'allocation-value' };

/** What the article uses: figures, charts and inline citations, each once, in order of appearance. */
export function usesOf(analysis: MdxAnalysis): ArticleUses {
  const ids = (pick: (use: JsxUse) => string | undefined) => [...new Set(analysis.components.map(pick).filter((v): v is string => v !== undefined))];
  return {
    figures: ids((c) => (c.name === 'Fig' ? attrText(c, 'id') : undefined)),
    charts: ids((c) => (c.name === 'Chart' ? attrText(c, 'id') : c.name === 'AllocationChart' ? METRIC_CHART[attrText(c, 'metric') ?? ''] : undefined)),
    sources: ids((c) => (c.name === 'Cite' ? attrText(c, 'id') : c.name === 'PullQuote' ? attrText(c, 'source') : undefined)),
  };
}

/**
 * The ids the build gives the article's headings (the #anchors they can be linked by), from the build's own compile;
 * none if it does not compile. A full compile costs several times the syntax tree, so the checker asks only for
 * articles some link points into.
 */
export function headingIds(source: string): string[] {
  try {
    const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
    mdxToJs(source, { features: FEATURES, hastPlugins: [satteriHeadingIdsPlugin()], data: { astro }, jsxImportSource: 'astro' });
    return astro.headings.map((h) => h.slug);
  } catch {
    return [];
  }
}
