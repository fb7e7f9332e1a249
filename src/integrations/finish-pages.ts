// Finishes every page as Astro renders it: trims long pages' inline CSS and tightens each page's CSP (lean-page.ts),
// and builds each language's Pagefind search index from its article pages (page-finisher.ts). The work runs in one
// worker thread per language, so the build thread goes on rendering and the two indexes are written at the same time;
// a middleware (finish-pages-middleware.ts) hands each page over.
// Why not after the build: reading, re-parsing and re-writing every page from dist/ took longer than rendering them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { LANGS, type Lang } from '../lib/site/i18n.ts';
import { parsePath } from '../lib/site/urls.ts';
import { setActiveFinisher, type FinishPages } from './finish-pages-handoff.ts';
import { closeSearchIndexer, createPageFinisher, type FinishReport, type FinisherOptions, type PageFinisher } from './page-finisher.ts';

type Reply = { id: number; bytes?: Uint8Array<ArrayBuffer>; report?: FinishReport; error?: string };

/**
 * One language's worker thread, or the same work in this thread if the worker cannot start (e.g. a Node without
 * TypeScript). Pages move to the worker and back without a copy (transferred buffers): copying ~40 kB each way cost
 * the build thread more than rendering some pages.
 */
class Lane {
  private worker?: Worker;
  private inline?: PageFinisher;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();
  /** Settles once the worker has loaded: true, or false if it could not (the work then runs in this thread). */
  private readonly ready: Promise<boolean>;

  constructor(private readonly options: FinisherOptions) {
    this.ready = new Promise<boolean>((resolve) => {
      try {
        const worker = new Worker(new URL('./finish-pages-worker.ts', import.meta.url), { workerData: options });
        worker.once('message', () => resolve(true));
        worker.once('error', () => resolve(false));
        worker.on('message', (reply: Reply) => this.settle(reply));
        // After the start, a crash fails the pages in flight (and so the build) instead of hiding them.
        worker.on('error', (error) => this.failAll(error));
        // Unreferenced while idle, so a build that fails half-way still exits; referenced while a page is out.
        worker.unref();
        this.worker = worker;
      } catch {
        resolve(false);
      }
    }).then((ok) => {
      if (!ok) void this.stop();
      return ok;
    });
  }

  get usedWorker(): Promise<boolean> {
    return this.ready;
  }

  async page(pathname: string, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
    if (!(await this.ready)) return this.encoder.encode(await this.local().page(pathname, this.decoder.decode(bytes)));
    const reply = await this.send({ type: 'page', pathname, bytes }, [bytes.buffer as ArrayBuffer]);
    return reply.bytes!;
  }

  /** Writes the index; in this thread the caller then stops Pagefind (closeSearchIndexer), a worker stops its own. */
  async finish(): Promise<FinishReport> {
    try {
      if (!(await this.ready)) return await this.local().finish();
      return (await this.send({ type: 'finish' }, [])).report!;
    } finally {
      await this.stop();
    }
  }

  private send(message: object, transfer: ArrayBuffer[]): Promise<Reply> {
    const id = this.next++;
    if (this.pending.size === 0) this.worker!.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ ...message, id }, transfer);
    });
  }

  private settle(reply: Reply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.error !== undefined) job.reject(new Error(`finish-pages: ${reply.error}`));
    else job.resolve(reply);
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(new Error(`finish-pages: the worker thread stopped: ${error.message}`));
    this.pending.clear();
  }

  private local(): PageFinisher {
    this.inline ??= createPageFinisher(this.options);
    return this.inline;
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

/** A lane per language; each page goes to its language's lane. */
class Finisher implements FinishPages {
  private readonly lanes: Map<Lang, Lane>;

  constructor(
    private readonly options: Omit<FinisherOptions, 'lang' | 'expectedArticles'>,
    expectedArticles: Partial<Record<Lang, number>> = {},
  ) {
    this.lanes = new Map(LANGS.map((lang) => [lang, new Lane({ ...options, lang, expectedArticles: expectedArticles[lang] })]));
  }

  page(pathname: string, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
    return this.lanes.get(parsePath(pathname, this.options.base).lang)!.page(pathname, bytes);
  }

  /** How many lanes run in a worker thread; the others run in the build thread. */
  async workers(): Promise<number> {
    return (await Promise.all([...this.lanes.values()].map((lane) => lane.usedWorker))).filter(Boolean).length;
  }

  async finish(): Promise<FinishReport> {
    const reports = await Promise.all([...this.lanes.values()].map((lane) => lane.finish()));
    if ((await this.workers()) < this.lanes.size) await closeSearchIndexer();
    return {
      pages: reports.reduce((n, r) => n + r.pages, 0),
      trimmed: reports.reduce((n, r) => n + r.trimmed, 0),
      indexed: reports.reduce((n, r) => n + r.indexed, 0),
      indexPaths: reports.flatMap((r) => r.indexPaths),
      writtenEarly: reports.reduce((n, r) => n + r.writtenEarly, 0),
      errors: reports.flatMap((r) => r.errors),
    };
  }
}

/**
 * `expectedArticles` is how many article pages the build will render in each language (the editor check counts them):
 * each language's index is then written as soon as its last article is in, while the build renders its other pages.
 */
export default function finishPages(options: { themeScriptHash: string; expectedArticles?: () => Partial<Record<Lang, number>> | undefined }): AstroIntegration {
  let base = '/';
  let outDir = '';
  let finisher: Finisher | undefined;
  return {
    name: 'finish-pages',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./finish-pages-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        finisher = new Finisher({ themeScriptHash: options.themeScriptHash, base, outDir }, options.expectedArticles?.());
        setActiveFinisher(finisher);
      },
      'astro:build:done': async ({ logger }) => {
        if (!finisher) return;
        setActiveFinisher(undefined);
        const started = performance.now();
        const report = await finisher.finish();
        const workers = await finisher.workers();
        const how = workers === LANGS.length ? `in ${workers} worker threads` : workers ? `in ${workers} worker thread(s) and the build thread` : 'in the build thread';
        finisher = undefined;
        // No page at all means the middleware never ran: pages would ship with every hash in their CSP and no search.
        if (report.pages === 0) report.errors.push('see any page: is finish-pages-middleware.ts registered?');
        if (report.errors.length) throw new Error(`finish-pages could not ${report.errors.join('; ')}`);
        logger.info(`${report.pages} pages finished ${how}: CSS trimmed on ${report.trimmed}, CSP tightened on all; ${report.indexed} articles indexed into ${report.indexPaths.map((p) => path.relative(process.cwd(), p)).join(' and ')} (${Math.round(performance.now() - started)} ms after rendering; ${report.writtenEarly} of ${report.indexPaths.length} written while the last pages rendered)`);
      },
    },
  };
}
