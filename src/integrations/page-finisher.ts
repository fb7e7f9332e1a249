// Finishes each rendered page (lean-page.ts: CSS and CSP) and feeds its article to the Pagefind search index, then
// writes the index. Runs in the finish-pages worker thread, or in the build thread when no worker can start.
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexableHtml, indexUrl } from '../lib/search-input.ts';
import { createLeanPage } from './lean-page.ts';

export interface FinisherOptions {
  themeScriptHash: string;
  base: string;
}

export interface FinishReport {
  pages: number;
  trimmed: number;
  indexed: number;
  indexPath: string;
  errors: string[];
}

export function createPageFinisher(options: FinisherOptions) {
  const leanPage = createLeanPage(options.themeScriptHash);
  // Pagefind's indexer is its own process: it parses articles while this thread goes on with the next page.
  const index = pagefind.createIndex({});
  const added: Promise<{ errors: string[] }>[] = [];
  let pages = 0;
  let trimmed = 0;

  return {
    async page(pathname: string, html: string, bytes?: Uint8Array): Promise<string> {
      pages++;
      const lean = await leanPage(html, bytes);
      if (lean.trimmed) trimmed++;
      const content = indexableHtml(html);
      if (content) {
        const adding = index.then(({ index: i, errors }) => (i ? i.addHTMLFile({ url: indexUrl(pathname, options.base), content }) : { errors: [`start: ${errors.join('; ')}`] }));
        // A failure is reported by finish(); until then it must not count as an unhandled rejection (that ends the thread).
        adding.catch(() => undefined);
        added.push(adding);
      }
      return lean.html;
    },

    /** Writes the search index into `outDir`/pagefind; every problem is in `errors` (the caller fails the build). */
    async finish(outDir: string): Promise<FinishReport> {
      const report: FinishReport = { pages, trimmed, indexed: added.length, indexPath: path.join(outDir, 'pagefind'), errors: [] };
      try {
        const results = await Promise.all(added);
        report.errors.push(...results.flatMap((r) => r.errors.map((e) => `index a page: ${e}`)));
        // Zero means the data-pagefind-body marker went missing from the article layout.
        if (added.length === 0) report.errors.push('find any article to index: no rendered page has data-pagefind-body');
        const { index: i, errors } = await index;
        if (!i) report.errors.push(`start: ${errors.join('; ')}`);
        else if (report.errors.length === 0) {
          const written = await i.writeFiles({ outputPath: report.indexPath });
          report.errors.push(...written.errors.map((e) => `write the index: ${e}`));
        }
      } finally {
        await pagefind.close();
      }
      return report;
    },
  };
}

export type PageFinisher = ReturnType<typeof createPageFinisher>;
