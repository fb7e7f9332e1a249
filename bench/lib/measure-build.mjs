// Runs one `astro build` in a folder and measures it: wall-clock time, peak memory (RSS) and what it wrote.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPhases } from './build-phases.mjs';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const GNU_TIME = '/usr/bin/time';

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  // BusyBox and BSD `time` lack -f/-o; probe once.
  return new Promise((resolve) => {
    const p = spawn(GNU_TIME, ['-f', '%M %U %S', 'true'], { stdio: 'ignore' });
    p.on('error', () => resolve(false));
    p.on('exit', (code) => resolve(code === 0));
  });
}

/** Peak RSS of a process tree without GNU time: the largest VmHWM seen among the child and its descendants. */
function pollPeakRss(pid) {
  let peak = 0;
  const descendants = (p) => {
    const kids = [];
    try {
      for (const task of readdirSync(`/proc/${p}/task`)) {
        kids.push(...readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ').filter(Boolean));
      }
    } catch {
      // The process ended between two reads.
    }
    return kids.flatMap((k) => [k, ...descendants(k)]);
  };
  const sample = () => {
    for (const p of [String(pid), ...descendants(pid)]) {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb);
      } catch {
        // Gone already.
      }
    }
  };
  const timer = setInterval(sample, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Every file under `dir`, with its size. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

/** What a build wrote: page count, total bytes, the largest HTML page. */
export function distStats(dist) {
  const files = walk(dist);
  const pages = files.filter((f) => f.path.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  return {
    files: files.length,
    pages: pages.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    largestPage: { path: largest.path, bytes: largest.bytes },
  };
}

/**
 * Build the Astro project in `dir` in a child process (the same Node as this one), logging to `logFile`.
 * Resolves to { seconds, peakRssMb, rssSource, ...distStats }; rejects with the log's tail if the build fails.
 */
export async function measureBuild(dir, logFile) {
  const gnu = await hasGnuTime();
  const rssFile = join(dir, '.peak-rss');
  const node = [process.execPath, ASTRO, 'build'];
  const [cmd, ...args] = gnu ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...node] : node;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const log = [];
  const load = loadavg()[0];
  const start = process.hrtime.bigint();
  const child = spawn(cmd, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopPolling = gnu ? () => 0 : pollPeakRss(child.pid);
  child.stdout.on('data', (d) => log.push(d));
  child.stderr.on('data', (d) => log.push(d));
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const polled = stopPolling();
  const text = Buffer.concat(log).toString('utf8');
  writeFileSync(logFile, text);
  if (code !== 0) {
    throw new Error(`astro build failed in ${dir} (exit ${code}); last lines of ${logFile}:\n${text.split('\n').slice(-30).join('\n')}`);
  }
  // GNU time: peak RSS of the largest process in the tree (kB), and user + system CPU seconds of the whole tree.
  const [peakKb, user, system] = gnu ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [polled];
  return {
    seconds,
    cpuSeconds: gnu ? user + system : undefined,
    loadBefore: load,
    peakRssMb: peakKb / 1024,
    rssSource: gnu ? 'GNU time (largest process)' : '/proc VmHWM (largest process)',
    phases: buildPhases(text, seconds),
    ...distStats(join(dir, 'dist')),
  };
}
