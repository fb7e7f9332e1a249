// `npm run bench:compare -- DIST_A DIST_B`: two builds of the site side by side, for a change whose effect on speed is
// smaller than the difference between one session's machine and another's. Lighthouse (mobile preset, performance
// only) on each page of each build, interleaved run by run, with a Korean font installed; prints the medians and a
// one-sided rank test of whether B's TBT and LCP are lower than A's (bench/lib/stats.mjs).
//   npm run bench:compare -- [--runs 12] [--pages /,/tracker/] [--encoding gzip|br] DIST_A DIST_B
// Build A from another commit with `git worktree add /tmp/a COMMIT`, `npm ci` (or a link to node_modules) and
// `npm run build` there. Reports go to .bench/compare/, the numbers to .bench/compare-results.json.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { ensureChromium, findKoreanFont } from '../scripts/ensure-chromium.mjs';
import { categoryScores, lighthouseArgs, pageMetrics } from './lib/lighthouse-report.mjs';
import { lowerByRank, median } from './lib/stats.mjs';
import { serveStatic } from './lib/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench/compare');
const run = promisify(execFile);

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '12' },
    pages: { type: 'string', default: '/,/tracker/' },
    encoding: { type: 'string', default: 'gzip' },
  },
});
const dists = positionals.map((d) => resolve(d));
if (dists.length !== 2 || dists.some((d) => !existsSync(join(d, 'index.html')))) {
  console.error('[compare] give two built sites, each a folder with an index.html: npm run bench:compare -- DIST_A DIST_B');
  process.exit(2);
}
const runs = Number(opts.runs);
const pages = opts.pages.split(',');
const chrome = ensureChromium();
console.log(`[compare] Korean font: ${findKoreanFont()}; ${pages.length} page(s) × 2 builds × ${runs} runs, interleaved`);
mkdirSync(OUT, { recursive: true });

const servers = await Promise.all(dists.map((dist, i) => serveStatic(dist, 4610 + i, opts.encoding)));
const results = pages.map((path) => ({ path, builds: dists.map(() => []) }));
const loads = [];
try {
  for (let r = 0; r < runs; r++) {
    for (const page of results) {
      for (const [b, server] of servers.entries()) {
        const file = join(OUT, `${'ab'[b]}${page.path.replace(/\W+/g, '-')}${r + 1}.json`);
        loads.push(loadavg()[0]);
        await run(process.execPath, lighthouseArgs(server.origin + page.path, file, ['performance']), {
          env: { ...process.env, CHROME_PATH: chrome },
          maxBuffer: 64 * 1024 * 1024,
        });
        const lhr = JSON.parse(readFileSync(file, 'utf8'));
        page.builds[b].push({ ...pageMetrics(lhr), performance: categoryScores(lhr).performance });
      }
    }
    console.log(`[compare] run ${r + 1} of ${runs} done (load ${loadavg()[0].toFixed(1)})`);
  }
} finally {
  for (const server of servers) await server.close();
}

const ms = (v) => `${Math.round(v)} ms`;
const table = [
  '| page | TBT A | TBT B | p (B lower) | LCP A | LCP B | p (B lower) | perf A | perf B |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const { path, builds } of results) {
  const [a, b] = builds;
  const of = (xs, key) => xs.map((x) => x[key]);
  const tbt = lowerByRank(of(a, 'tbtMs'), of(b, 'tbtMs'));
  const lcp = lowerByRank(of(a, 'lcpMs'), of(b, 'lcpMs'));
  table.push(
    `| \`${path}\` | ${ms(median(of(a, 'tbtMs')))} | ${ms(median(of(b, 'tbtMs')))} | ${tbt.p.toFixed(3)} | ${ms(median(of(a, 'lcpMs')))} | ${ms(median(of(b, 'lcpMs')))} | ${lcp.p.toFixed(3)} | ${median(of(a, 'performance'))} | ${median(of(b, 'performance'))} |`,
  );
}
console.log(
  `\nA: ${dists[0]}\nB: ${dists[1]}\nmedians of ${runs} interleaved runs; load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; p: one-sided Mann–Whitney, small when B is lower\n\n${table.join('\n')}\n`,
);
writeFileSync(
  join(ROOT, '.bench/compare-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), dists, runs, loads, results }, null, 2)}\n`,
);
console.log('[compare] raw numbers in .bench/compare-results.json, Lighthouse reports in .bench/compare/');
