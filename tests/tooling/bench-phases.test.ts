// The build benchmark reads Astro's log for its phases and for the pages an incremental build rendered or reused.
import { describe, expect, it } from 'vitest';
import { buildPhases, pageCounts } from '../../bench/lib/build-phases.mjs';

// Lines as Astro 7 prints them (NO_COLOR), trimmed to what the parser reads.
const LOG = [
  '10:49:28 [types] Generated 51.97s',
  '10:49:28 [build] ✓ Completed in 52.32s.',
  '10:52:52 [vite] ✓ built in 3m 23s',
  '10:52:58 [vite] ✓ built in 850ms',
  ' generating static routes ',
  '10:56:10   ├─ /articles/a/index.html (+42ms) ',
  '10:56:10   ├─ /articles/b/index.html (cached)',
  '10:56:10   ├─ /articles/c/index.html (restored)',
  '10:56:12 ✓ Completed in 3m 4s.',
  '10:56:16 [build] ✓ Completed in 6m 47s.',
  '10:58:35 [build] 2685 page(s) built in 9m 59s',
].join('\n');

describe('build log phases', () => {
  it('reads seconds, milliseconds and minutes', () => {
    const p = buildPhases(LOG, 632);
    expect(p.contentAndTypes).toBe(51.97);
    expect(p.serverBundle).toBe(203);
    expect(p.clientBundle).toBe(0.85);
    expect(p.renderPages).toBe(184);
    expect(p.total).toBe(599);
    expect(p.startup).toBe(33);
  });

  it('counts pages rendered and pages taken from the incremental cache', () => {
    expect(pageCounts(LOG)).toEqual({ rendered: 1, fromCache: 2 });
  });

  it('reads the same log when Astro prints it in colour', () => {
    const coloured = LOG.replace(/\[(build|vite|types)\]/g, '\u001b[2m[$1]\u001b[22m').replace(/✓/g, '\u001b[32m✓\u001b[39m');
    expect(coloured).not.toBe(LOG);
    expect(buildPhases(coloured, 632)).toEqual(buildPhases(LOG, 632));
    expect(pageCounts(coloured)).toEqual(pageCounts(LOG));
  });
});
