// `npm run bench`: build the site and the bare Astro + MDX baseline with N synthetic article pairs each, and compare:
// cold builds, then incremental rebuilds after one article is corrected and after one pair is added.
//   npm run bench -- --sizes 10,100 --repeat 3 --keep
// Prints Markdown tables (for BENCHMARKS.md) and writes the raw numbers to .bench/build-results.json.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { machine } from './lib/machine.mjs';
import { EDITS, incrementalTable, verifyEdit } from './lib/incremental.mjs';
import { THREAD_KINDS, measureBuild } from './lib/measure-build.mjs';
import { cleanBuild, copyBaseline, copySite, makeWorkDir } from './lib/project-copy.mjs';
import { lowerMedian, lowerMedianBy } from './lib/stats.mjs';
import { loadReferenceData, syntheticArticle, writeSyntheticArticles } from './lib/synthetic-articles.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, '.bench');

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    repeat: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'no-warmup': { type: 'boolean', default: false },
  },
});
const sizes = opts.sizes.split(',').map(Number);
const repeat = Number(opts.repeat);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(repeat) || repeat < 1) {
  console.error('usage: npm run bench -- [--sizes 10,100,1000] [--repeat 1] [--keep] [--no-warmup]');
  process.exit(2);
}

const data = loadReferenceData(ROOT);
const realPairs = readdirSync(join(ROOT, 'content/articles/ko')).filter((f) => f.endsWith('.mdx')).length;
const work = makeWorkDir();
const sites = {
  baseline: { dir: join(work, 'baseline'), copy: copyBaseline, page: (lang, slug) => `${lang}/${slug}/index.html` },
  site: { dir: join(work, 'site'), copy: copySite, page: (lang, slug) => `${lang === 'ko' ? '' : 'en/'}articles/${slug}/index.html` },
};
for (const s of Object.values(sites)) s.copy(ROOT, s.dir);
mkdirSync(RESULTS, { recursive: true });

/** Replace the synthetic articles in both copies with pairs 1..n (the real articles stay). */
function useArticles(n) {
  for (const s of Object.values(sites)) {
    for (const lang of ['ko', 'en']) {
      const dir = join(s.dir, 'content/articles', lang);
      for (const f of readdirSync(dir)) if (f.startsWith('bench-')) rmSync(join(dir, f));
    }
    writeSyntheticArticles(join(s.dir, 'content/articles'), n, data);
  }
}

/** The build really produced every synthetic article, and the site's chart articles carry the chart. */
function verify(name, n) {
  const s = sites[name];
  for (const i of [1, 10, n]) {
    if (i > n) continue;
    for (const lang of ['ko', 'en']) {
      const { slug } = syntheticArticle(i, lang, data);
      const page = join(s.dir, 'dist', s.page(lang, slug));
      if (!existsSync(page)) throw new Error(`${name}: ${page} was not built`);
    }
  }
  if (name === 'site' && !existsSync(join(s.dir, 'dist/pagefind/pagefind.js'))) throw new Error('site: no search index was built');
}

async function build(name, n, label, edit) {
  const s = sites[name];
  // A cold build forgets every earlier one; an incremental one (after `edit`) keeps the last build's output and cache.
  if (!edit) cleanBuild(s.dir);
  const result = await measureBuild(s.dir, join(RESULTS, `build-${name}-${n}${edit ? `-${edit.id}` : ''}.log`));
  verify(name, n);
  if (edit) verifyEdit(s.dir, s.page, edit);
  console.log(
    `  ${label.padEnd(14)} ${name.padEnd(8)} ${result.seconds.toFixed(2).padStart(7)} s  ${result.cpuSeconds.toFixed(1).padStart(6)} s CPU  ${String(result.pages).padStart(5)} pages (${String(result.rendered).padStart(5)} rendered)  ${result.peakRssMb.toFixed(0).padStart(5)} MB peak  (load ${result.loadBefore.toFixed(1)})`,
  );
  return result;
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

const env = machine(ROOT);
console.log(`[bench] ${env.cpus} × ${env.cpuModel}, ${env.memoryGb} GB RAM, Node ${env.node}, Astro ${env.astro}`);
console.log(`[bench] sizes ${sizes.join(', ')} (synthetic pairs, plus the ${realPairs} real pairs), ${repeat} run(s) each, in ${work}`);

try {
  if (!opts['no-warmup']) {
    // One untimed build of each, so the first timed one does not pay for reading node_modules from disk.
    useArticles(Math.min(...sizes));
    for (const name of Object.keys(sites)) await build(name, Math.min(...sizes), 'warm-up');
  }
  const rows = [];
  for (const n of sizes) {
    useArticles(n);
    const runs = { baseline: [], site: [] };
    for (let r = 0; r < repeat; r++) {
      for (const name of Object.keys(sites)) runs[name].push(await build(name, n, `N=${n}`));
    }
    const summary = (name, from = runs) => {
      const list = from[name];
      // The run with the (lower) median wall time stands for the size (its phases, pages and output).
      const typical = lowerMedianBy(list, (run) => run.seconds);
      return {
        ...typical,
        bestSeconds: Math.min(...list.map((x) => x.seconds)),
        cpuSeconds: lowerMedian(list.map((x) => x.cpuSeconds)),
        peakRssMb: lowerMedian(list.map((x) => x.peakRssMb)),
        cpuByThread: Object.fromEntries(THREAD_KINDS.map((k) => [k, lowerMedian(list.map((x) => x.cpuByThread[k]))])),
        rendered: lowerMedian(list.map((x) => x.rendered)),
        phases: { ...typical.phases, renderPages: lowerMedian(list.map((x) => x.phases.renderPages ?? NaN)) },
        runs: list.map(({ seconds, cpuSeconds, cpuByThread, loadBefore, phases }) => ({
          seconds,
          cpuSeconds,
          cpuByThread,
          loadBefore,
          phases,
        })),
      };
    };
    // Incremental rebuilds on top of the last cold build of each copy: each run makes a new edit of its kind.
    const incremental = {};
    for (const kind of EDITS) {
      const inc = { baseline: [], site: [] };
      for (let r = 0; r < repeat; r++) {
        for (const name of Object.keys(sites)) {
          const edit = { id: kind.id, ...kind.apply(sites[name].dir, n, r, data) };
          inc[name].push(await build(name, n, `N=${n} ${kind.id}`, edit));
        }
      }
      incremental[kind.id] = { baseline: summary('baseline', inc), site: summary('site', inc) };
    }
    rows.push({ n, articles: 2 * (n + realPairs), baseline: summary('baseline'), site: summary('site'), incremental });
  }

  const table = [
    '| N pairs | articles | build | wall time | best run | CPU time | pages | time / page | peak RSS | output | largest page |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    for (const name of ['site', 'baseline']) {
      const x = r[name];
      table.push(
        `| ${r.n} | ${r.articles} | ${name} | ${x.seconds.toFixed(1)} s | ${x.bestSeconds.toFixed(1)} s | ${x.cpuSeconds.toFixed(1)} s | ${x.pages} | ${((1000 * x.seconds) / x.pages).toFixed(1)} ms | ${x.peakRssMb.toFixed(0)} MB | ${mb(x.bytes)} MB | ${x.largestPage.path} (${(x.largestPage.bytes / 1024).toFixed(0)} kB) |`,
      );
    }
  }
  const ratios = ['| N pairs | site ÷ baseline, wall time | best run ÷ best run | CPU time ÷ CPU time |', '|---:|---:|---:|---:|'];
  for (const r of rows) {
    const ratio = r.site.seconds / r.baseline.seconds;
    const best = r.site.bestSeconds / r.baseline.bestSeconds;
    const cpu = r.site.cpuSeconds / r.baseline.cpuSeconds;
    ratios.push(`| ${r.n} | ${ratio.toFixed(2)}× | ${best.toFixed(2)}× | ${cpu.toFixed(2)}× |`);
  }
  const fmt = (x) => (x === undefined ? '–' : `${x.toFixed(2)} s`);
  const phases = [
    '| N pairs | build | start-up | content sync + types | server bundle | client bundle | render pages | after build (sitemap, search) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    for (const name of ['site', 'baseline']) {
      const p = r[name].phases;
      phases.push(
        `| ${r.n} | ${name} | ${fmt(p.startup)} | ${fmt(p.contentAndTypes)} | ${fmt(p.serverBundle)} | ${fmt(p.clientBundle)} | ${fmt(p.renderPages)} | ${fmt(p.afterBuild)} |`,
      );
    }
  }
  const kinds = THREAD_KINDS.filter((k) => rows.some((r) => r.site.cpuByThread[k] >= 0.05 || r.baseline.cpuByThread[k] >= 0.05));
  const cpuTable = [
    `| N pairs | build | ${kinds.join(' | ')} | CPU ÷ cores (${env.cpus}) |`,
    `|---:|---|${kinds.map(() => '---:').join('|')}|---:|`,
  ];
  for (const r of rows) {
    for (const name of ['site', 'baseline']) {
      const x = r[name];
      cpuTable.push(
        `| ${r.n} | ${name} | ${kinds.map((k) => `${x.cpuByThread[k].toFixed(1)} s`).join(' | ')} | ${(x.cpuSeconds / env.cpus).toFixed(1)} s |`,
      );
    }
  }
  const marginal = [
    '| from → to N | site: per extra article | baseline: per extra article | ratio | site: per extra page | baseline: per extra page |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const perArticle = (name) => (1000 * (b[name].seconds - a[name].seconds)) / (b.articles - a.articles);
    const perPage = (name) => ((1000 * (b[name].seconds - a[name].seconds)) / (b[name].pages - a[name].pages)).toFixed(1);
    marginal.push(
      `| ${a.n} → ${b.n} | ${perArticle('site').toFixed(1)} ms | ${perArticle('baseline').toFixed(1)} ms | ${(perArticle('site') / perArticle('baseline')).toFixed(2)}× | ${perPage('site')} ms | ${perPage('baseline')} ms |`,
    );
  }
  console.log(`\n${table.join('\n')}\n\n${ratios.join('\n')}\n${rows.length > 1 ? `\n${marginal.join('\n')}\n` : ''}`);
  console.log(`Where the time went (the median run of each, from Astro's log):\n\n${phases.join('\n')}\n`);
  console.log(
    `Incremental rebuilds (Astro's experimental.incrementalBuild; medians of ${repeat} run(s), each a new edit on top of the last build; "render pages" is Astro's page-generation phase, which is all a rebuild can skip):\n\n${incrementalTable(rows)}\n`,
  );
  console.log(
    `CPU time by thread (medians; no build can take less wall time than its CPU time spread over every core):\n\n${cpuTable.join('\n')}\n`,
  );
  console.log(
    `Wall time: median of ${repeat} run(s) of a cold build (no Astro or Vite cache); CPU time: user + system of every process in the build, median. Peak RSS: ${rows[0].site.rssSource}.`,
  );
  writeFileSync(
    join(RESULTS, 'build-results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine: env, repeat, realPairs, rows }, null, 2)}\n`,
  );
  console.log(`[bench] raw numbers in .bench/build-results.json, build logs in .bench/build-*.log`);
} finally {
  if (opts.keep) console.log(`[bench] kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
