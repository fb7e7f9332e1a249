// Where a build keeps Astro's caches (the content store, and the incremental build's manifest and copies of the pages):
// one folder per SITE_URL and BASE_PATH, since a build for another address discards the manifest (Astro keys it on the
// configuration) and would otherwise leave the next build for the first address cold. Outside node_modules, so that
// `npm ci` keeps it and the deploy workflow can cache it (.github/workflows/deploy.yml).
export const BUILD_CACHE_ROOT = '.cache/astro';

/** Where a build without SITE_URL lives (astro preview's address). */
export const DEFAULT_SITE = 'http://localhost:4321';

/** `.cache/astro/<host and port>[_<base path>]/`, e.g. `.cache/astro/example.github.io_gpu-deal/`. */
export function buildCacheDir(site: string, base: string): string {
  const url = new URL(site);
  const name = [url.host, ...base.split('/').filter(Boolean)]
    .join('_')
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .toLowerCase();
  return `./${BUILD_CACHE_ROOT}/${name}/`;
}
