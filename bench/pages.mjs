// `npm run bench:pages`: Lighthouse (mobile preset) on every page type of the built site, in both languages, with a
// Korean font installed (as a Korean reader's device has; required, installed through apt-get when possible), plus:
// - each page with an island (a chart or search) again with its scripts removed, to show what the scripts cost;
// - the floor: a Korean article's HTML with neither CSS nor scripts;
// - the real article heaviest on the wire (bench/lib/heaviest-article.mjs), the worst case of an article;
// - a copy of the site with 1,000 synthetic article pairs and an article three times the longest real one: its home
//   page and that article;
// - the official Astro blog starter (home and a post), fetched at the tag of our Astro release and built with our Astro
//   (bench/lib/starter.mjs), so every LCP and FCP is also a ratio to the starter's in the same run.
// Pages are interleaved (run 1 of every page, then run 2…) and each figure is the median of the runs.
//   npm run bench:pages -- [--no-build] [--runs 5] [--pairs 1000] [--no-archive] [--keep] [--only /,/en/search/]
//     [--encoding gzip|br]   (gzip as GitHub Pages serves HTML; br as Netlify and Cloudflare Pages do)
//     [--throttling simulate|devtools]   (Lighthouse's default simulation, or Chromium throttling the real load)
//     [--no-starter] [--starter DIR]   (skip the starter, or use a copy of it already in DIR, inside this project)
// Prints Markdown tables and every audit that keeps a category below 100; reports go to .bench/lighthouse/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { addLongArticle } from '../tests/support/long-article.ts';
import { heaviestArticle } from './lib/heaviest-article.mjs';
import { ensureChromium, findKoreanFont } from '../scripts/ensure-chromium.mjs';
import { machine } from './lib/machine.mjs';
import { categoryScores, failingAudits, lighthouseArgs, pageMetrics } from './lib/lighthouse-report.mjs';
import { copySite, makeWorkDir } from './lib/project-copy.mjs';
import { STARTER_PAGES, prepareStarter, starterPairFor } from './lib/starter.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { lowerMedian } from './lib/stats.mjs';
import { loadReferenceData, writeSyntheticArticles } from './lib/synthetic-articles.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench/lighthouse');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Each page type, with a marker that proves the page is of that type (so a content change cannot silently swap it). */
const PAGE_TYPES = [
  { type: 'home', path: '/', expect: /data-chart=/ },
  { type: 'article with a chart', path: '/articles/deal-explained/', expect: /data-chart=/ },
  {
    type: 'article without a chart',
    path: '/articles/samsung-ai-megafactory/',
    expect: /data-pagefind-body/,
    reject: /data-chart=/,
    floor: true,
  },
  { type: 'company', path: '/companies/naver/', expect: /data-chart=/ },
  { type: 'timeline', path: '/timeline/', expect: /data-timeline/ },
  { type: 'tracker', path: '/tracker/', expect: /data-tracker=/ },
  { type: 'search', path: '/search/', expect: /<input/ },
  { type: 'archive', path: '/articles/', expect: /data-list-position/ },
];
const ARCHIVE_PAGES = [
  { type: 'home, 1,000-pair archive', path: '/', expect: /data-list-position|data-chart=/ },
  { type: 'article 3× the longest', path: '/articles/long-read-test/', expect: /data-pagefind-body/, floor: true },
];

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-archive': { type: 'boolean', default: false },
    'no-starter': { type: 'boolean', default: false },
    starter: { type: 'string' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    pairs: { type: 'string', default: '1000' },
    port: { type: 'string', default: '4455' },
    encoding: { type: 'string', default: 'gzip' },
    throttling: { type: 'string', default: 'simulate' },
    only: { type: 'string' },
  },
});
const only = opts.only?.split(',');
const runs = Number(opts.runs);

function run(cmd, args, env = process.env, cwd = ROOT) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      if (code === 0) resolve(text);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${text.split('\n').slice(-25).join('\n')}`));
    });
  });
}
const astroBuild = (cwd) => run(process.execPath, [ASTRO, 'build'], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, cwd);

const chrome = ensureChromium();
const env = machine(ROOT);
const font = findKoreanFont();
console.log(`[pages] ${env.cpus} × ${env.cpuModel}, ${env.memoryGb} GB RAM, Node ${env.node}; Chromium ${chrome}; Korean font: ${font}`);
if (!opts['no-build']) {
  console.log('[pages] building the site (astro build)…');
  await astroBuild(ROOT);
}
const servers = { site: await serveStatic(join(ROOT, 'dist'), Number(opts.port), opts.encoding) };
let archiveDir;
if (!opts['no-archive']) {
  archiveDir = makeWorkDir();
  copySite(ROOT, archiveDir);
  writeSyntheticArticles(join(archiveDir, 'content/articles'), Number(opts.pairs), loadReferenceData(ROOT));
  const long = addLongArticle(archiveDir, 'ko');
  console.log(
    `[pages] building a copy with ${opts.pairs} synthetic pairs and a ${long.written}-character article (longest real: ${long.longest}) in ${archiveDir}…`,
  );
  await astroBuild(archiveDir);
  servers.archive = await serveStatic(join(archiveDir, 'dist'), Number(opts.port) + 1, opts.encoding);
}
let starterNote = 'not measured (--no-starter)';
if (!opts['no-starter']) {
  const dir = opts.starter ? resolve(opts.starter) : join(ROOT, '.bench/starter');
  console.log(`[pages] the Astro blog starter in ${dir} (fetched with create-astro if missing)…`);
  const starter = await prepareStarter({ root: ROOT, dir, run, build: astroBuild, rebuild: !opts['no-build'] });
  if (starter.skipped) {
    starterNote = `not measured: ${starter.skipped}`;
    console.log(`[pages] Astro blog starter ${starterNote}`);
  } else {
    starterNote = opts.starter
      ? `the copy in ${dir}, built with astro@${starter.astroVersion}`
      : `blog template of astro@${starter.astroVersion}, fetched with create-astro, built with the same Astro`;
    servers.starter = await serveStatic(starter.dist, Number(opts.port) + 2, opts.encoding);
  }
}

/** Every page to measure: [site, page, variant]. A page with an island is measured without scripts too. */
const targets = [];
const add = async (server, page) => {
  if (only && !only.includes(page.path)) return;
  const html = await (await fetch(servers[server].origin + page.path)).text();
  if (!page.expect.test(html) || page.reject?.test(html)) {
    throw new Error(`${page.path} is no longer a "${page.type}" page; update the page lists in bench/pages.mjs`);
  }
  targets.push({ server, ...page, variant: 'page' });
  if (/<template data-island>/.test(html)) targets.push({ server, ...page, variant: 'noscript' });
  if (page.floor) targets.push({ server, ...page, variant: 'floor' });
};
// The fixed types, then the real article heaviest on the wire (in both languages when it has an English page).
const heaviest = heaviestArticle(join(ROOT, 'dist'));
const siteTypes = [...PAGE_TYPES];
if (heaviest)
  siteTypes.push({ type: 'article, the heaviest real one', path: heaviest.path, expect: /data-pagefind-body/, mayLackEnglish: true });
for (const lang of ['ko', 'en'])
  for (const p of siteTypes) {
    const path = lang === 'ko' ? p.path : `/en${p.path}`;
    if (p.mayLackEnglish && !existsSync(join(ROOT, 'dist', path, 'index.html'))) continue;
    await add('site', { ...p, lang, path, floor: p.floor && lang === 'ko' });
  }
if (servers.archive) for (const p of ARCHIVE_PAGES) await add('archive', { ...p, lang: 'ko' });
if (servers.starter) for (const p of STARTER_PAGES) await add('starter', { ...p, lang: 'en' });

if (targets.length === 0) {
  const known = [...siteTypes.flatMap((p) => [p.path, `/en${p.path}`]), ...(servers.archive ? ARCHIVE_PAGES.map((p) => p.path) : [])];
  console.error(`[pages] --only ${opts.only} matches no page measured; the paths are: ${[...new Set(known)].join(', ')}`);
  process.exit(2);
}

mkdirSync(OUT, { recursive: true });
const lighthouseVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
const id = (t) => `${t.server}-${t.lang}-${t.type.replace(/\W+/g, '-')}-${t.variant}`;
const reports = new Map(targets.map((t) => [id(t), []]));
const loads = [];
console.log(`[pages] ${targets.length} pages × ${runs} runs, interleaved`);
try {
  for (let r = 0; r < runs; r++) {
    for (const t of targets) {
      const file = join(OUT, `${id(t)}-${r + 1}.json`);
      const url = servers[t.server].origin + t.path + (t.variant === 'page' ? '' : `?bench=${t.variant}`);
      loads.push(loadavg()[0]);
      await run(process.execPath, lighthouseArgs(url, file, ['performance', 'accessibility', 'best-practices', 'seo'], opts.throttling), {
        ...process.env,
        CHROME_PATH: chrome,
      });
      reports.get(id(t)).push(JSON.parse(readFileSync(file, 'utf8')));
    }
    console.log(`[pages] run ${r + 1} of ${runs} done (load ${loadavg()[0].toFixed(1)})`);
  }
} finally {
  for (const s of Object.values(servers)) await s.close();
}

const results = targets.map((t) => {
  const lhrs = reports.get(id(t));
  const metrics = lhrs.map(pageMetrics);
  const scores = lhrs.map(categoryScores);
  const worst = Object.fromEntries(Object.keys(scores[0]).map((k) => [k, Math.min(...scores.map((s) => s[k]))]));
  return {
    ...t,
    expect: undefined,
    reject: undefined,
    scores: worst,
    performanceMedian: lowerMedian(scores.map((s) => s.performance)),
    lcpMs: lowerMedian(metrics.map((m) => m.lcpMs)),
    fcpMs: lowerMedian(metrics.map((m) => m.fcpMs)),
    cls: lowerMedian(metrics.map((m) => m.cls)),
    tbtMs: lowerMedian(metrics.map((m) => m.tbtMs)),
    bytes: lowerMedian(metrics.map((m) => m.bytes)),
    lcpRuns: metrics.map((m) => Math.round(m.lcpMs)),
    failing: lhrs.flatMap(failingAudits).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i),
  };
});
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const of = (t, variant) => results.find((r) => r.server === t.server && r.path === t.path && r.variant === variant);
const VARIANT = { page: '', noscript: ', scripts removed', floor: ', no CSS or scripts (floor)' };
/** The starter's page this one is compared with (its home for a home page, its post otherwise), when it was measured. */
const starterOf = (r) =>
  r.server === 'starter' ? undefined : results.find((s) => s.server === 'starter' && s.pairsWith === starterPairFor(r.type));
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '');
const table = [
  '| page | lang | perf (median) | perf (worst) | a11y | best pr. | SEO | LCP | FCP | LCP, every run | LCP ÷ no-script LCP | LCP ÷ starter | FCP ÷ starter | CLS | TBT | transferred |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => {
    const bare = r.variant === 'page' ? of(r, 'noscript') : undefined;
    const s = r.variant === 'page' ? r.scores : { performance: '', accessibility: '', 'best-practices': '', seo: '' };
    const perfMedian = r.variant === 'page' ? r.performanceMedian : '';
    const st = starterOf(r);
    const where = r.server === 'archive' ? ', archive copy' : r.server === 'starter' ? ', starter' : '';
    return `| ${r.type}${VARIANT[r.variant]} (\`${r.path}\`${where}) | ${r.lang} | ${perfMedian} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${ms(r.lcpMs)} | ${ms(r.fcpMs)} | ${r.lcpRuns.join(' / ')} | ${bare ? `${(r.lcpMs / bare.lcpMs).toFixed(3)}×` : ''} | ${ratio(r.lcpMs, st?.lcpMs)} | ${ratio(r.fcpMs, st?.fcpMs)} | ${r.cls.toFixed(3)} | ${Math.round(r.tbtMs)} ms | ${(r.bytes / 1024).toFixed(0)} kB |`;
  }),
];
const loadNote = `load average (1 min) before each run: median ${lowerMedian(loads).toFixed(1)}, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
console.log(
  `\nLighthouse ${lighthouseVersion}, mobile preset (slow 4G, 4× CPU slow-down, ${opts.throttling === 'devtools' ? 'applied by Chromium' : 'simulated'}), HTML served ${opts.encoding === 'br' ? 'Brotli' : 'gzip'}-compressed, Korean font ${font}, median of ${runs} interleaved run(s) a page (scores: the worst run, and the median for performance); ${loadNote}; Astro blog starter: ${starterNote}:\n\n${table.join('\n')}\n`,
);
const pages = results.filter((r) => r.variant === 'page' && r.server !== 'starter');
const misses = pages.filter(
  (r) => Object.values(r.scores).some((s) => s < 100) || r.lcpMs > 900 || (of(r, 'noscript') && r.lcpMs > 1.05 * of(r, 'noscript').lcpMs),
);
if (misses.length === 0) {
  console.log('Every page: 100 in all four categories, LCP ≤ 900 ms, and with scripts within 5% of its LCP without them.');
} else {
  console.log('Below target (100 in every category, LCP ≤ 900 ms, within 5% of the page without scripts):');
  for (const r of misses) {
    const audits = r.failing.map((a) => `${a.category}: ${a.id} (${a.title}; score ${a.score})`);
    console.log(
      `  ${r.path}${r.server === 'archive' ? ' (archive copy)' : ''}: LCP ${ms(r.lcpMs)}; ${audits.join('; ') || 'no single failing audit'}`,
    );
  }
}
writeFileSync(
  join(ROOT, '.bench/pages-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: env, font, lighthouse: lighthouseVersion, runs, loads, archive: archiveDir, starter: starterNote, results }, null, 2)}\n`,
);
if (archiveDir && !opts.keep) rmSync(archiveDir, { recursive: true, force: true });
console.log(
  `[pages] raw numbers in .bench/pages-results.json, Lighthouse reports in .bench/lighthouse/${archiveDir && opts.keep ? `; archive copy kept in ${archiveDir}` : ''}`,
);
