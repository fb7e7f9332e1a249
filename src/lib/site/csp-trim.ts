// Trims the hashes Astro writes into every page's Content-Security-Policy <meta> to those of inline scripts and
// styles some page actually carries. Astro also lists a hash for each bundled script (loaded by URL, which 'self'
// already allows) and for styles no page inlines: 9 of the 12 hashes on most pages, ~330 bytes gzip of <head> each,
// enough to push the Korean tracker's HTML past the ~14.6 kB Lighthouse's simulation delivers in one round trip.
// Trimming against the whole site, not page by page, keeps pages of a section on one policy (one _headers rule).
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const HASH_SOURCE = /\s*'sha256-[A-Za-z0-9+/=]+'/g;

/** The CSP hash of an inline script or style with this exact text, as Astro's config takes it: `sha256-…`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The same hash as a policy writes it, a quoted source: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'${cspHash(text)}'`;
}

/** The hash sources of every inline script and style in a page (templates included: the island loader moves them
 * into the page later). Any type is counted: a JSON-LD block's hash in the policy would be harmless. */
export function inlineHashSources(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT), ...html.matchAll(INLINE_STYLE)].map((m) => hashSource(m[1]!));
}

/** `policy` without the hash sources that are not in `keep`; every other source and directive as it was. */
export function trimPolicy(policy: string, keep: ReadonlySet<string>): string {
  return policy.replace(HASH_SOURCE, (source) => (keep.has(source.trim()) ? source : ''));
}
