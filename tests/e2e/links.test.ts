// Every internal link, asset and #anchor in the build resolves, at the domain root and under a sub-path (BASE_PATH);
// external links carry rel="noopener noreferrer". Failures name the page, the link and what is wrong with it.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks, readSite, siteRoot } from '../support/link-check';

/** scripts/test.mjs builds the site twice: `dist/` at the root, `dist-subpath/` with BASE_PATH=/gpu-deal/. */
const BUILDS = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-subpath', base: '/gpu-deal/' },
];

describe.each(BUILDS)('links in $dir (base $base)', ({ dir, base }) => {
  it('the build exists and lives where it says', () => {
    expect(existsSync(`${dir}/index.html`), `${dir}/ is missing: npm test builds it (see scripts/test.mjs)`).toBe(true);
    expect(siteRoot(dir).pathname).toBe(base);
  });

  it('every internal link and #anchor resolves; external links do not leak the page', () => {
    const files = readSite(dir);
    const pages = files.filter((f) => f.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const problems = checkLinks(files, siteRoot(dir)).map((p) => `${p.page}: ${p.link} — ${p.problem}`);
    expect(problems).toEqual([]);
  });
});
