// Finishes each rendered page of one language (lean-page.ts: CSS and CSP) and feeds its article to that language's
// Pagefind index, then writes the index. Runs in a finish-pages worker thread, or in the build thread when no worker
// can start.
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexableHtml, indexUrl, searchBundlePath } from '../lib/search-input.ts';
import { createLeanPage } from './lean-page.ts';

export interface FinisherOptions {
  themeScriptHash: string;
  base: string;
  /** The language of the pages this finisher is given; its index goes to pagefind/<lang>/. */
  lang: string;
}

export interface FinishReport {
  pages: number;
  trimmed: number;
  indexed: number;
  indexPaths: string[];
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

    /**
     * Writes the search index into `outDir`/pagefind/<lang>; every problem is in `errors` (the caller fails the build).
     * The caller stops Pagefind's process afterwards (closeSearchIndexer): finishers in one thread share it.
     */
    async finish(outDir: string): Promise<FinishReport> {
      const indexPath = path.join(outDir, searchBundlePath(options.lang));
      const report: FinishReport = { pages, trimmed, indexed: added.length, indexPaths: [indexPath], errors: [] };
      const results = await Promise.all(added);
      report.errors.push(...results.flatMap((r) => r.errors.map((e) => `index a page: ${e}`)));
      // Zero means the data-pagefind-body marker went missing from the article layout.
      if (added.length === 0) report.errors.push(`find any ${options.lang} article to index: no rendered page has data-pagefind-body`);
      const { index: i, errors } = await index;
      if (!i) report.errors.push(`start: ${errors.join('; ')}`);
      else if (report.errors.length === 0) {
        const written = await i.writeFiles({ outputPath: indexPath });
        report.errors.push(...written.errors.map((e) => `write the index: ${e}`));
      }
      return report;
    },
  };
}

export type PageFinisher = ReturnType<typeof createPageFinisher>;

/** Stops this thread's Pagefind process, once every finisher in the thread has written its index. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
