// Reads the built site (dist/) for tests that check every page's HTML without a browser.
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readSite } from '../support/link-check';

export const DIST = 'dist';

/** Every built HTML page, as its site path ('/en/timeline/') and parsed document. */
export function builtPages(): { path: string; file: string; doc: HTMLElement }[] {
  return readSite(DIST)
    .filter((f) => f.path.endsWith('.html'))
    .map((f) => ({ path: `/${f.path.replace(/index\.html$/, '')}`, file: join(DIST, f.path), doc: parse(f.text!) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
