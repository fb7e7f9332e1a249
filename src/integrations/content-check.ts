// Runs the editor check (src/lib/check-content.ts) before Astro builds anything from the content: a build stops with the
// same plain-language list `npm run check` prints; the dev server lists the problems and keeps running while they are fixed.
// In a build the check runs in a worker thread alongside Astro's own start-up and content sync (compiling every MDX
// file for the check is most of its time), and the build waits for it before bundling: the MDX is compiled, and can
// fail with Astro's own message, only after that. Frontmatter and data, which Astro's content sync reads, are checked
// here first, so its schema errors never come before the list.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check-content';
import { formatProblems, type Problem } from '../lib/content-checks';
import { readContent } from '../lib/read-content';

function failure(problems: Problem[]): Error {
  const message = `The content has ${problems.length} problem(s) to fix (콘텐츠에 고칠 문제 ${problems.length}건):\n${formatProblems(problems)}`;
  const error = new Error(message);
  // The list says where each problem is; a stack trace into this file would only distract.
  error.stack = message;
  return error;
}

/** The check's problems from a worker thread, or from this thread if no worker can run the TypeScript (tsx missing). */
type Checked = { problems: Problem[]; articles: number; inWorker: boolean };

function checkInWorker(root: string): Promise<Checked> {
  return new Promise((resolve) => {
    let settled = false;
    const here = () => {
      if (settled) return;
      settled = true;
      const { problems, articleCount } = checkContent(root);
      resolve({ problems, articles: articleCount, inWorker: false });
    };
    try {
      // tsx (a dev dependency) loads the check's TypeScript in the worker, as it does for `npm run check`.
      const entry = new URL('./content-check-worker.ts', import.meta.url).href;
      const boot = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(entry)});`;
      const worker = new Worker(boot, { eval: true, workerData: { root } });
      worker.once('message', ({ problems, articles }: { problems: Problem[]; articles: number }) => {
        settled = true;
        resolve({ problems, articles, inWorker: true });
        void worker.terminate();
      });
      worker.once('error', here);
      worker.once('exit', here);
    } catch {
      here();
    }
  });
}

export function contentCheck(): AstroIntegration {
  let pending: Promise<Checked> | undefined;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        if (command === 'dev') {
          const { problems } = checkContent(root);
          if (problems.length) logger.warn(failure(problems).message);
          return;
        }
        if (command !== 'build') return;
        pending = checkInWorker(root);
        // Problems Astro's content sync could trip over: stop now, with the whole list (the worker has it).
        if (readContent(root).problems.length > 0) throw failure((await pending).problems);
      },
      'astro:build:start': async ({ logger }) => {
        if (!pending) return;
        const { problems, articles, inWorker } = await pending;
        pending = undefined;
        if (problems.length > 0) throw failure(problems);
        logger.info(`${articles} articles and the data checked: no problems (${inWorker ? 'in a worker thread' : 'in the build thread'})`);
      },
    },
  };
}
