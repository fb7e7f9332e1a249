// Builds the Pagefind search index into the output after every build, failing the build if indexing fails.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index) return fail('start', errors);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) fail('index the pages', added.errors);
        // Only article pages carry data-pagefind-body; zero means the marker went missing.
        if (added.page_count === 0) fail('find any article to index', ['no page has data-pagefind-body']);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) fail('write the index', written.errors);
        logger.info(`indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)}`);
        await pagefind.close();
      },
    },
  };
}
