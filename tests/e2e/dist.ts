// Reads the built site (dist/) for tests that check every page's HTML without a browser.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Every built HTML page, as its site path ('/en/timeline/') and parsed document. */
export function builtPages(): { path: string; file: string; doc: HTMLElement }[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const rel = relative(DIST, file).split('\\').join('/');
      const path = `/${rel.replace(/index\.html$/, '')}`;
      return { path, file, doc: parse(readFileSync(file, 'utf8')) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
