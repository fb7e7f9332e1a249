// Prints the folder of Astro's build cache for the SITE_URL and BASE_PATH in the environment, as astro.config.ts
// chooses it (src/lib/site/build-cache.ts): the deploy workflow keeps one cache per address with it.
import { buildCacheDir, DEFAULT_SITE } from '../src/lib/site/build-cache';
import { deployBase } from '../src/lib/site/urls';

console.log(buildCacheDir(process.env.SITE_URL || DEFAULT_SITE, deployBase(process.env.BASE_PATH)));
