// A Sätteri HAST plugin for the Korean articles (content/articles/ko/): sets quotation-opening marks right after smart
// punctuation has run (src/lib/format/quotes.ts). English articles keep the marks smart punctuation gave them.
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { openingQuotes } from '../lib/format/quotes';

/** Elements whose first text opens a block of prose. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'dd', 'dt']);

export function koreanQuotes(): HastPluginEntry {
  return (file: PluginFactoryContext) =>
    file.fileURL && /\/content\/articles\/ko\//.test(file.fileURL.pathname)
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
