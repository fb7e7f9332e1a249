// The content collections: the one door content comes in by. Every collection is loaded from the editor check's one
// reading of content/ (src/lib/content/read.ts), so the pages see exactly the entries the check passed; a build (or
// `astro sync`) with a problem in content/ stops with the check's list before any page renders, and the dev server
// prints the list and keeps serving while the problems are fixed. Drafts and scheduled articles exist in the dev server only.
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkedContent } from './lib/checks/checked-content';
import { formatProblems } from './lib/checks/problems';
import { isPublished, readingMinutes } from './lib/content/articles';
import type { AnyFigure } from './lib/content/figures';
import type { CheckedArticle, SiteContent } from './lib/content/model';
import { contentPaths } from './lib/content/paths';
import type { ArticleData } from './lib/content/schemas';

/** An article as pages get it: its frontmatter, where it lives, what its MDX uses. */
export type ArticleEntry = ArticleData & Pick<CheckedArticle, 'lang' | 'slug' | 'file' | 'uses'> & { readingMinutes: number };

type DataKind = Exclude<keyof typeof contentPaths, 'articles'>;

/** What a collection stores, from the check's report. */
const entriesOf = {
  articles: (site: SiteContent, _: Map<string, AnyFigure>, dev: boolean) =>
    site.articles
      // An article whose frontmatter is broken is listed by the check and left out (never shown with stand-in values).
      .filter((a) => !a.recovered && (dev || isPublished(a.data)))
      .map((a) => ({
        id: a.id,
        data: { ...a.data, lang: a.lang, slug: a.slug, file: a.file, uses: a.uses, readingMinutes: readingMinutes(a.body, a.lang) },
        body: a.body,
        filePath: a.file,
      })),
  figures: (_: SiteContent, figures: Map<string, AnyFigure>) => [...figures.values()].map(({ id, ...data }) => ({ id, data })),
  ...(Object.fromEntries(
    (['recipients', 'sources', 'tags', 'timeline', 'corrections'] as const).map((kind) => [
      kind,
      (site: SiteContent) => site[kind].map(({ id, ...data }) => ({ id, data })),
    ]),
  ) as Record<Exclude<DataKind, 'figures'>, (site: SiteContent) => { id: string; data: object }[]>),
};

function contentLoader(kind: keyof typeof entriesOf): Loader {
  return {
    name: `content-${kind}`,
    load: async ({ config, store, logger, watcher, generateDigest }) => {
      const root = fileURLToPath(config.root);
      // Only the dev server watches files; a build, `astro sync` and `astro check` have no watcher.
      const dev = watcher !== undefined;
      let reported = '';
      let warned = '';
      const sync = () => {
        const report = checkedContent(root);
        if (report.problems.length > 0) {
          const message = `The content has ${report.problems.length} problem(s) to fix (콘텐츠에 고칠 문제 ${report.problems.length}건):\n${formatProblems(report.problems)}`;
          if (!dev) {
            const error = new Error(message);
            // The list says where each problem is; a stack trace into this file would only distract.
            error.stack = message;
            throw error;
          }
          // One collection prints the list, once per change: the others load from the same report.
          if (kind === 'articles' && message !== reported) logger.warn(message);
          reported = message;
        }
        // Warnings (e.g. an older figure printed) never stop a build: they are listed, once per change.
        const warnings = report.warnings.length
          ? `${report.warnings.length} warning(s) (확인할 점 ${report.warnings.length}건):\n${formatProblems(report.warnings)}`
          : '';
        if (kind === 'articles' && warnings && warnings !== warned) logger.warn(warnings);
        warned = warnings;
        store.clear();
        for (const entry of entriesOf[kind](report.site, report.figures, dev) as {
          id: string;
          data: Record<string, unknown>;
          body?: string;
          filePath?: string;
        }[]) {
          // Articles render from their MDX file (deferredRender), the way Astro's own glob() loader stores them.
          store.set({ ...entry, digest: generateDigest(entry.body ?? entry.data), ...(entry.filePath ? { deferredRender: true } : {}) });
        }
      };
      sync();
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(`${root}content/`) || path.startsWith(`${root}content\\`)) sync();
      });
    },
  };
}

/** Collections are typed by what the loader stores: the check has validated it already. */
const collection = <T>(kind: keyof typeof entriesOf) => defineCollection({ loader: contentLoader(kind), schema: z.custom<T>() });

export const collections = {
  articles: collection<ArticleEntry>('articles'),
  figures: collection<Omit<AnyFigure, 'id'>>('figures'),
  recipients: collection<Omit<SiteContent['recipients'][number], 'id'>>('recipients'),
  sources: collection<Omit<SiteContent['sources'][number], 'id'>>('sources'),
  tags: collection<Omit<SiteContent['tags'][number], 'id'>>('tags'),
  timeline: collection<Omit<SiteContent['timeline'][number], 'id'>>('timeline'),
  corrections: collection<Omit<SiteContent['corrections'][number], 'id'>>('corrections'),
};
