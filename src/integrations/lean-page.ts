// Trims one page's inline CSS to the rules its own markup can use, when the page comes near one round trip, and
// tightens its CSP to its own inline hashes. Used by the lean-pages worker thread, or in the build thread without one.
import { gzipSync } from 'node:zlib';
import Beasties from 'beasties';
import { rewriteCsp } from '../lib/csp.ts';
import { dropUnusedProperties } from '../lib/unused-properties.ts';

/**
 * Rules the pruner must keep whatever the markup: selectors that start with a bare pseudo-class or the universal
 * selector (:root, :focus-visible, :lang(en), *), pseudo-elements and :where() wrappers (the pruner cannot match
 * through them), and state that only exists once a script runs (the theme, chart and search islands) or a reader opens
 * a <details>. A browser test checks that no dropped rule matches anything on its page (tests/e2e/lean-pages.test.ts).
 */
const KEEP_RULES = [/(^|,)\s*[:*[]/, /::?(before|after|marker|backdrop|placeholder)/, /:where\(/, /data-js/, /data-theme/, /data-state/, /\[open\]/];

/** Pages above this size (gzip) get their CSS trimmed; the budget is 14 kB, and trimming saves about 1 kB. */
export const TRIM_ABOVE = 12 * 1024;

export type LeanPage = (html: string, bytes?: Uint8Array) => Promise<{ html: string; trimmed: boolean }>;

const STYLE = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;
const gzipped = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

export function createLeanPage(themeScriptHash: string): LeanPage {
  const beasties = new Beasties({
    reduceInlineStyles: true,
    mergeStylesheets: true,
    pruneSource: false,
    external: false,
    fonts: false,
    keyframes: 'critical',
    compress: false,
    allowRules: KEEP_RULES,
    logLevel: 'warn',
  });
  // Most pages inline the same stylesheet: its compressed size is worked out once.
  const styleSizes = new Map<string, number>();
  const styleSize = (css: string) => styleSizes.get(css) ?? styleSizes.set(css, gzipped(css)).get(css)!;

  /** Whether the page (gzip, level 9 like the budget test) is above TRIM_ABOVE. */
  function nearBudget(html: string, bytes: Uint8Array | undefined): boolean {
    // A cheap upper bound first: the page without its stylesheets, plus each stylesheet alone. Together they compress
    // at least as well as apart in practice (plus a gzip header), so a page under the line this way is under it; the
    // budget test measures every page exactly.
    let styles = 0;
    const rest = html.replace(STYLE, (_, open: string, css: string, close: string) => {
      styles += styleSize(css);
      return open + close;
    });
    if (gzipped(rest) + styles + 32 <= TRIM_ABOVE) return false;
    return gzipped(bytes ?? html) > TRIM_ABOVE;
  }

  return async (html, bytes) => {
    // Trimming costs a few milliseconds a page, so only pages near one round trip get it. The search page builds its
    // results from script (classes not in the markup), so it always keeps every rule.
    const trim = !html.includes('<site-search') && nearBudget(html, bytes);
    const trimmed = !trim
      ? html
      : (await beasties.process(html)).replace(STYLE, (_, open: string, css: string, close: string) => open + dropUnusedProperties(css) + close);
    return { html: rewriteCsp(trimmed, themeScriptHash), trimmed: trim };
  };
}
