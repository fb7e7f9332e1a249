// Which real article is the heaviest on the wire: the benchmark measures it as its own page type, the worst case of
// an article (the fixed article types are chosen for what they contain, not for their size).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The site path ('/articles/<slug>/') of the article in `dist/articles/` whose page is largest gzip-compressed, and
 * that size in bytes; null when there is none. Korean articles only: English ones are the same articles, translated.
 */
export function heaviestArticle(dist) {
  const dir = join(dist, 'articles');
  if (!existsSync(dir)) return null;
  let best = null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, 'index.html');
    // Archive pages (/articles/2/) are lists, not articles.
    if (!entry.isDirectory() || /^\d+$/.test(entry.name) || !existsSync(file)) continue;
    const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
    if (!best || bytes > best.bytes) best = { path: `/articles/${entry.name}/`, bytes };
  }
  return best;
}
