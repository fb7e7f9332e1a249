// `npm run bench:search`: what a reader's first Korean search downloads on a large archive, and how big the index is.
// Builds a copy of the site with N synthetic article pairs (default 1,000; bench/lib/synthetic-articles.mjs), then runs
// Korean queries in Chromium, each on a fresh browser profile, counting every file fetched at its size over the wire.
//   npm run bench:search -- [--pairs 1000] [--keep] [--root DIR]   (--root: measure a copy kept earlier, no build)
// Prints Markdown tables (for BENCHMARKS.md) and writes the numbers to .bench/search-results.json.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../scripts/ensure-chromium.mjs';
import { copySite, makeWorkDir } from './lib/project-copy.mjs';
import { firstSearchDownloads, indexSizes, wireSize } from './lib/search-download.mjs';
import { loadReferenceData, writeSyntheticArticles } from './lib/synthetic-articles.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The budget for what one first search may download (issue 18). */
export const FIRST_SEARCH_BUDGET = 300 * 1024;
/** Korean queries a reader might type on the large archive: particles, compound parts, spacing either way. */
export const QUERIES = [
  '데이터센터',
  '데이터 센터',
  '삼성은',
  '엔비디아의',
  '모델',
  '스마트공장을',
  '냉각 설비',
  '전력망',
  'SK하이닉스',
  '울산 데이터센터',
  '소버린AI',
  '텔레콤',
];

const { values: opts } = parseArgs({
  options: { pairs: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, root: { type: 'string' } },
});
const pairs = Number(opts.pairs);

let site = opts.root;
let buildSeconds;
if (!site) {
  site = join(makeWorkDir(), 'site');
  copySite(ROOT, site);
  writeSyntheticArticles(join(site, 'content/articles'), pairs, loadReferenceData(ROOT));
  const logFile = join(ROOT, '.bench/search-build.log');
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  console.log(`building ${pairs} pairs in ${site} (log: ${logFile}) …`);
  const log = openSync(logFile, 'w');
  const start = process.hrtime.bigint();
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    stdio: ['ignore', log, log],
  });
  buildSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(log);
  if (build.status !== 0) throw new Error(`the build failed (status ${build.status}): see ${logFile}`);
  console.log(
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('[post-build]'))
      .join('\n'),
  );
}
const dist = join(site, 'dist');
const runs = await firstSearchDownloads({ dist, chromiumPath: ensureChromium(), queries: QUERIES });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const kinds = (files) => {
  const count = (re) => files.filter((f) => re.test(f.path));
  const sum = (fs) => fs.reduce((a, f) => a + f.bytes, 0);
  const chunks = count(/\.pf_index$/);
  const fragments = count(/\.pf_fragment$/);
  return `${chunks.length} (${kb(sum(chunks))}) | ${fragments.length} (${kb(sum(fragments))}) | ${kb(sum(files) - sum(chunks) - sum(fragments))}`;
};

console.log(`\n| query | results | total, gzip | index chunks | fragments | engine (JS, WebAssembly, metadata) |`);
console.log('|---|---:|---:|---|---|---:|');
for (const r of runs) console.log(`| ${r.query} | ${r.results.length} | ${kb(r.total)} | ${kinds(r.files).replaceAll(' | ', ' | ')} |`);
const worst = Math.max(...runs.map((r) => r.total));
console.log(
  `\nlargest first search: ${kb(worst)} (budget ${kb(FIRST_SEARCH_BUDGET)}); the search page itself before that: ${kb(runs[0].pageBytes)}`,
);
const ko = indexSizes(dist, 'ko');
console.log(
  `Korean index: ${ko.chunks} chunks of ${kb(ko.chunkMin)}–${kb(ko.chunkMax)} (${kb(ko.chunkTotal)} in all), ${ko.fragments} fragments (${kb(ko.fragmentTotal)}), metadata ${kb(ko.meta)}; pagefind.js ${kb(wireSize(join(dist, 'pagefind/pagefind.js')))} gzip`,
);
if (buildSeconds) console.log(`build: ${buildSeconds.toFixed(1)} s`);
writeFileSync(join(ROOT, '.bench/search-results.json'), JSON.stringify({ pairs, site, buildSeconds, index: ko, runs }, null, 2));
if (!opts.keep && !opts.root) spawnSync('rm', ['-rf', join(site, '..')]);
else console.log(`kept: ${site}`);
if (worst > FIRST_SEARCH_BUDGET) process.exitCode = 1;
