// The cacheKey of a page for Astro's incremental build: a hash of the data the page shows. Astro hashes the page's code
// (components, dictionaries, styles, the MDX it renders) itself; the data from content/data/ and the other articles
// reaches pages through content collections, which it does not track, so a page's key must cover all of it.
import { createHash } from 'node:crypto';

/**
 * JSON in which the same data always reads the same: object keys sorted, Maps as sorted [key, value] pairs, Sets as
 * arrays, Dates as ISO strings, undefined properties left out (as JSON.stringify does).
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Set) return stableJson([...value]);
  if (value instanceof Map) {
    const pairs = [...value].map(([k, v]) => [stableJson(k), stableJson(v)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{"$map":[${pairs.map(([k, v]) => `[${k},${v}]`).join(',')}]}`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** A short hash (SHA-256, base64url) of text already made stable, e.g. by stableJson. */
export function hashText(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url');
}

/** The cacheKey of a page whose inputs are `inputs`: equal inputs give equal keys, any difference a different one. */
export function pageKey(inputs: unknown): string {
  return hashText(stableJson(inputs));
}
