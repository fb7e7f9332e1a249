// Runs the editor check (src/lib/check-content.ts) before Astro touches the content: a build stops with the same
// plain-language list `npm run check` prints; the dev server lists the problems and keeps running while they are fixed.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, type ContentReport } from '../lib/checks/editor-check';
import { formatProblems } from '../lib/checks/cross-references';

/** `onChecked` receives the report of content without problems (other integrations use what it counted). */
export function contentCheck(options: { onChecked?: (report: ContentReport) => void } = {}): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = checkContent(fileURLToPath(config.root));
        const { problems } = report;
        if (problems.length === 0) {
          options.onChecked?.(report);
          return;
        }
        const message = `The content has ${problems.length} problem(s) to fix (콘텐츠에 고칠 문제 ${problems.length}건):\n${formatProblems(problems)}`;
        if (command === 'build') {
          const error = new Error(message);
          // The list says where each problem is; a stack trace into this file would only distract.
          error.stack = message;
          throw error;
        }
        logger.warn(message);
      },
    },
  };
}
