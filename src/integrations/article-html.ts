// Sätteri HAST plugins for the articles' Markdown (astro.config.ts): Korean quotation marks set right after smart
// punctuation (src/lib/format/quotes.ts), each table in a box of its own that scrolls sideways on a phone, and each
// paragraph's placeholder height for while its layout is deferred.
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { placeholderLines } from '../lib/format/placeholder-lines';
import { openingQuotes } from '../lib/format/quotes';

/** Elements whose first text opens a block of prose. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'dd', 'dt']);

const articleLang = (file: PluginFactoryContext) => /\/content\/articles\/(ko|en)\//.exec(file.fileURL?.pathname ?? '')?.[1];

/** Smart punctuation closes a mark written before Hangul ('이상' → ’이상’); this opens it, in Korean articles only. */
export function koreanQuotes(): HastPluginEntry {
  return (file: PluginFactoryContext) =>
    articleLang(file) === 'ko'
      ? {
          name: 'korean-quotes',
          text(node, ctx) {
            const parent = ctx.parent(node);
            const atBlockStart = ctx.indexOf(node) === 0 && parent?.type === 'element' && BLOCKS.has(parent.tagName);
            const value = openingQuotes(node.value, atBlockStart);
            if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
          },
        }
      : null;
}

/**
 * A table wider than a phone (five columns of chip specifications) scrolls in its own box instead of widening the
 * page, and its words stay whole; the box takes keyboard focus so it can be scrolled without a pointer, as the chart
 * tables do (ChartFigure.astro).
 */
export function scrollingTables(): HastPluginEntry {
  return (file: PluginFactoryContext) => {
    const lang = articleLang(file);
    // Numbered, as each box is a region and two regions may not share a name ('표 1', '표 2').
    let count = 0;
    return lang
      ? {
          name: 'scrolling-tables',
          element: {
            filter: ['table'],
            visit(node, ctx) {
              ctx.wrapNode(node, {
                type: 'element',
                // A labelled <section> is a region, as html-validate prefers to role="region".
                tagName: 'section',
                properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `${lang === 'ko' ? '표' : 'Table'} ${++count}` },
                children: [],
              });
            },
          },
        }
      : null;
  };
}

/** What a component in running text (<Fig>, <Cite>) prints, in characters, at most for most: counted generously. */
const COMPONENT_CHARS = 30;

/**
 * Each top-level paragraph gets a class naming how many lines it may take on a phone (`lines-8`), which
 * src/styles/components.css turns into its placeholder height while its layout is deferred.
 */
export function paragraphPlaceholders(): HastPluginEntry {
  return (file: PluginFactoryContext) => {
    const lang = articleLang(file);
    return lang === 'ko' || lang === 'en'
      ? {
          name: 'paragraph-placeholders',
          element: {
            filter: ['p'],
            visit(node, ctx) {
              if (ctx.parent(node)?.type !== 'root') return;
              const children = (node as { children?: readonly { type: string }[] }).children ?? [];
              const components = children.filter((c) => c.type === 'mdxJsxTextElement').length;
              const chars = ctx.textContent(node).length + components * COMPONENT_CHARS;
              ctx.setProperty(node, 'className', [`lines-${placeholderLines(chars, lang)}`]);
            },
          },
        }
      : null;
  };
}
