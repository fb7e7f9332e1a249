// Sharing cards cached by content: a card's file name is a hash of everything that decides its pixels (the element
// tree with its text, sizes and colours, and the versions of the renderer and font), so an unchanged article costs a
// file read on rebuild and any change to its title, standfirst or the design draws it anew.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CardNode } from './card';

/** Where cards are kept between builds: outside node_modules (npm ci empties it), kept by the deploy workflow. */
export const CARD_CACHE_DIR = '.cache/og-images';

/** The cache folder of the build running now: the endpoint that draws cards and the pruning after the build share it. */
export const cardCacheDir = () => join(process.cwd(), CARD_CACHE_DIR);

const require = createRequire(import.meta.url);

/** The versions of what draws a card: a new satori, resvg or Pretendard may draw other pixels. */
export function rendererVersions(): Record<string, string> {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return Object.fromEntries(['satori', '@resvg/resvg-js', 'pretendard'].map((name) => [name, version(name)]));
}

/** The cache key of a card: a SHA-256 of its element tree and the renderer versions. */
export function cardKey(tree: CardNode, renderer: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(renderer).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify({ tree, renderer: sorted }))
    .digest('hex');
}

/** The card's PNG from the cache, or drawn by `render` and stored (pruneCardCache removes the cards no build uses). */
export async function cachedCard(
  key: string,
  dir: string,
  render: () => Promise<Uint8Array>,
): Promise<{ png: Uint8Array; cached: boolean }> {
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await render();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, png);
  return { png, cached: false };
}

const contentHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * After a build: removes from the cache every card that none of the built cards (`builtCards`, PNG paths in dist/) is
 * a copy of, so the cache the deploy workflow keeps holds this site's cards and not every card an article ever had.
 * Cards are compared by their bytes, because an incremental build writes a skipped page's card from Astro's own cache,
 * not from here. With no built cards it removes nothing: a build that drew none says nothing about the cache.
 */
export function pruneCardCache(dir: string, builtCards: string[]): { kept: number; removed: number } {
  if (builtCards.length === 0 || !existsSync(dir)) return { kept: 0, removed: 0 };
  const inUse = new Set(builtCards.map(contentHash));
  let kept = 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.png')) continue;
    const file = join(dir, name);
    if (inUse.has(contentHash(file))) kept++;
    else {
      rmSync(file);
      removed++;
    }
  }
  return { kept, removed };
}
