// Finishes each rendered page of one language (lean-page.ts: CSS and CSP) and feeds its article to that language's
// Pagefind index, then writes the index: as soon as the last expected article is in, or at the end of the build. Runs
// in a finish-pages worker thread, or in the build thread when no worker can start.
import { rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexableHtml, indexUrl, searchBundlePath } from '../lib/search-input.ts';
import { createLeanPage } from './lean-page.ts';

export interface FinisherOptions {
  themeScriptHash: string;
  base: string;
  /** The language of the pages this finisher is given; its index goes to `outDir`/pagefind/<lang>/. */
  lang: string;
  outDir: string;
  /**
   * How many article pages the build will render in this language, if known: the index is written once that many
   * are in, while the build renders its other pages. Should another article come after all, it is written again.
   */
  expectedArticles?: number;
}

export interface FinishReport {
  pages: number;
  trimmed: number;
  indexed: number;
  indexPaths: string[];
  /** How many indexes were written before the last page rendered. */
  writtenEarly: number;
  errors: string[];
}

export function createPageFinisher(options: FinisherOptions) {
  const leanPage = createLeanPage(options.themeScriptHash);
  // Pagefind's indexer is its own process: it parses articles while this thread goes on with the next page.
  const index = pagefind.createIndex({});
  const added: Promise<{ errors: string[] }>[] = [];
  const indexPath = path.join(options.outDir, searchBundlePath(options.lang));
  let pages = 0;
  let trimmed = 0;
  /** The write started when the expected number of articles was in, and how many were in then. */
  let early: { written: Promise<string[]>; articles: number } | undefined;

  /** Waits for every article added so far, then writes the index; resolves to the problems, if any. */
  async function writeIndex(): Promise<string[]> {
    const problems: string[] = [];
    const results = await Promise.all(added);
    problems.push(...results.flatMap((r) => r.errors.map((e) => `index a page: ${e}`)));
    // Zero means the data-pagefind-body marker went missing from the article layout.
    if (added.length === 0) problems.push(`find any ${options.lang} article to index: no rendered page has data-pagefind-body`);
    const { index: i, errors } = await index;
    if (!i) problems.push(`start: ${errors.join('; ')}`);
    else if (problems.length === 0) {
      const written = await i.writeFiles({ outputPath: indexPath });
      problems.push(...written.errors.map((e) => `write the index: ${e}`));
    }
    return problems;
  }

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
        if (added.length === options.expectedArticles) early = { written: writeIndex(), articles: added.length };
      }
      return lean.html;
    },

    /**
     * Writes the search index into `outDir`/pagefind/<lang>, unless it was written already with every article; every
     * problem is in `errors` (the caller fails the build). The caller stops Pagefind's process afterwards
     * (closeSearchIndexer): finishers in one thread share it.
     */
    async finish(): Promise<FinishReport> {
      const report: FinishReport = { pages, trimmed, indexed: added.length, indexPaths: [indexPath], writtenEarly: 0, errors: [] };
      const earlyProblems = await early?.written;
      if (early && early.articles === added.length) {
        report.errors.push(...earlyProblems!);
        report.writtenEarly = 1;
      } else {
        // More articles than expected: write again from scratch, so no file of the early index is left behind.
        if (early) rmSync(indexPath, { recursive: true, force: true });
        report.errors.push(...(await writeIndex()));
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
