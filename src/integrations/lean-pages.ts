// After the build: trims each page's inline CSS to the rules its own markup can use, and tightens its CSP to match.
// Why: every page inlines the whole site stylesheet (no second request), and Astro's CSP lists the hashes of every
// script and style in the site on every page; together they cost long articles their one-round-trip budget (14 kB).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import Beasties from 'beasties';
import { rewriteCsp } from '../lib/csp';
import { dropUnusedProperties } from '../lib/unused-properties';

/**
 * Rules the pruner must keep whatever the markup: selectors that start with a bare pseudo-class or the universal
 * selector (:root, :focus-visible, :lang(en), *), pseudo-elements and :where() wrappers (the pruner cannot match
 * through them), and state that only exists once a script runs (the theme, chart and search islands) or a reader opens
 * a <details>. A test checks that no dropped rule matches anything on its page (tests/e2e/lean-pages.test.ts).
 */
const KEEP_RULES = [/(^|,)\s*[:*[]/, /::?(before|after|marker|backdrop|placeholder)/, /:where\(/, /data-js/, /data-theme/, /data-state/, /\[open\]/];

/** Pages above this size (gzip) get their CSS trimmed; the budget is 14 kB, and trimming saves about 1 kB. */
const TRIM_ABOVE = 12 * 1024;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function leanPages(options: { themeScriptHash: string }): AstroIntegration {
  return {
    name: 'lean-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const beasties = new Beasties({
          path: outDir,
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
        let trimmedPages = 0;
        let before = 0;
        let after = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          // Trimming costs a few milliseconds a page, so only pages that come near one round trip get it; the search
          // page builds its results from script (classes not in the markup), so it always keeps every rule.
          const trim = !html.includes('<site-search') && gzipSync(html).length > TRIM_ABOVE;
          if (trim) trimmedPages++;
          const trimmed = !trim
            ? html
            : (await beasties.process(html)).replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => open + dropUnusedProperties(css) + close);
          const out = rewriteCsp(trimmed, options.themeScriptHash);
          before += html.length;
          after += out.length;
          await writeFile(file, out);
        }
        logger.info(`CSS trimmed on ${trimmedPages} pages, CSP on all: ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB of HTML in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
