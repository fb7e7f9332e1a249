// After the build, over dist/: the search index (Pagefind's Node API, one index per <html lang>), the pages' CSP hashes
// trimmed to inline content the site carries, the security headers file for static hosts, whose
// Content-Security-Policy rules are read from the pages themselves, and the sharing-card cache pruned to the cards this
// build wrote.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cardCacheDir, pruneCardCache } from '../lib/og/cache';
import { cspHeaderRules, formatHeaderRules, type PageCsp } from '../lib/site/csp-headers';
import { inlineHashSources, trimPolicy } from '../lib/site/csp-trim';
import { addSearchPages } from '../lib/search/index-pages';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/**
 * Writes dist/pagefind/: Pagefind reads every page's <html lang> and data-pagefind-body (the articles); Korean pages
 * carry the extra words their compounds need (src/lib/search/index-pages.ts).
 */
async function writeSearchIndex(outDir: string, root: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await addSearchPages(index, outDir, root);
    // No article indexed means the data-pagefind-body marker went missing from the article layout.
    if (added.pages === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
    const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return `${added.pages} pages indexed, ${added.terms} extra words for Korean compounds`;
  } finally {
    await pagefind.close();
  }
}

/** Every file Astro wrote, as paths relative to `outDir` with forward slashes (Pagefind's own files aside). */
function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(outDir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'));
}

export default function postBuild(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        logger.info(`search: ${await writeSearchIndex(outDir, root)}`);
        const files = builtFiles(outDir);
        const pages = new Map(
          files.filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(join(outDir, file), 'utf8')]),
        );
        const inline = new Set([...pages.values()].flatMap(inlineHashSources));
        let trimmed = 0;
        for (const [file, html] of pages) {
          const next = html.replace(CSP_META, (tag, policy: string) => tag.replace(policy, trimPolicy(policy, inline)));
          if (next === html) continue;
          writeFileSync(join(outDir, file), next);
          pages.set(file, next);
          trimmed++;
        }
        logger.info(`CSP: hashes of nothing inline dropped from ${trimmed} of ${pages.size} pages`);
        const csp: PageCsp[] = [...pages].flatMap(([file, html]) => {
          const policy = CSP_META.exec(html)?.[1];
          const path = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
          return policy ? [{ path, policy }] : [];
        });
        const rules = cspHeaderRules(csp, base);
        appendFileSync(`${outDir}_headers`, formatHeaderRules(rules));
        logger.info(`_headers: ${rules.length} Content-Security-Policy rules from ${csp.length} pages`);
        // The sharing cards: og/articles/<slug>.png in each language's folder.
        const cards = files.filter((file) => /(^|\/)og\/articles\/[^/]+\.png$/.test(file)).map((file) => join(outDir, file));
        const pruned = pruneCardCache(cardCacheDir(), cards);
        logger.info(`sharing-card cache: ${pruned.kept} cards kept, ${pruned.removed} no longer used removed`);
      },
    },
  };
}
