// Reads Astro's build log for where the time went: content sync, bundling, page rendering, and the after-build hooks.
// Astro prints "850ms", "7.07s" or, past a minute, "3m 4s".
import { stripVTControlCharacters } from 'node:util';

const seconds = (text) => {
  const m = /(?:(\d+)m\s+)?([\d.]+)\s*(ms|s)\b/.exec(text);
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : undefined;
};

/**
 * Phases in seconds, from the lines Astro 7 prints. `afterBuild` (sitemap, search index and other integrations' build:done
 * hooks) is what the total has beyond collecting and building; `startup` is wall time outside Astro's own total.
 */
export function buildPhases(log, wallSeconds) {
  const lines = stripVTControlCharacters(log).split('\n');
  const find = (re) => lines.find((l) => re.test(l)) ?? '';
  /** The "✓ Completed in" lines after the first line matching `re`. */
  const completedAfter = (re) => {
    const i = lines.findIndex((l) => re.test(l));
    return i < 0 ? [] : lines.slice(i + 1).filter((l) => /✓ Completed in/.test(l));
  };
  const bundles = lines.filter((l) => /\[vite\] ✓ built in/.test(l)).map(seconds);
  const [renderPages, build] = completedAfter(/generating static routes/).map(seconds);
  const phases = {
    contentAndTypes: seconds(find(/\[types\] Generated/)),
    collect: seconds(completedAfter(/Collecting build info/)[0] ?? ''),
    serverBundle: bundles[0],
    clientBundle: bundles[1],
    renderPages,
    build,
    total: seconds(find(/page\(s\) built in/)),
    /** @type {number | undefined} */ afterBuild: undefined,
    /** @type {number | undefined} */ startup: undefined,
  };
  if (phases.total !== undefined && phases.collect !== undefined && phases.build !== undefined) {
    phases.afterBuild = Math.max(0, phases.total - phases.collect - phases.build);
  }
  if (phases.total !== undefined) phases.startup = Math.max(0, wallSeconds - phases.total);
  return phases;
}

/** How many pages (and endpoints) the build rendered, and how many the incremental build took from its cache. */
export function pageCounts(log) {
  const lines = stripVTControlCharacters(log).split('\n').filter((l) => /├─/.test(l));
  const fromCache = lines.filter((l) => /\((cached|restored)\)\s*$/.test(l)).length;
  return { rendered: lines.length - fromCache, fromCache };
}
