// Runs one `astro build` in a folder and measures it: wall-clock time, peak memory (RSS) and what it wrote.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPhases, pageCounts } from './build-phases.mjs';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const GNU_TIME = '/usr/bin/time';

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  // BusyBox and BSD `time` lack -f/-o; probe once.
  return new Promise((resolve) => {
    const p = spawn(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' });
    p.on('error', () => resolve(false));
    p.on('exit', (code) => resolve(code === 0));
  });
}

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** pid → parent pid and CPU ticks (user + system) of every process, from /proc/<pid>/stat. */
/** A /proc stat line: the process or thread name (in parentheses, may contain spaces), its parent and CPU ticks. */
function parseStat(stat) {
  // Fields after the name: state ppid … utime(14) stime(15).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ppid: fields[1], ticks: Number(fields[11]) + Number(fields[12]) };
}

function processTable() {
  const table = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      table.set(pid, parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8')));
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** What a thread is for, from its process and thread names (Node, V8, libuv and Rolldown name their threads). */
export function threadKind(processName, threadName, isMainThread) {
  if (/^pagefind/.test(processName)) return 'Pagefind';
  if (processName !== 'node' && processName !== 'MainThread') return 'other processes';
  if (isMainThread) return 'build thread';
  if (threadName === 'WorkerThread') return 'worker threads';
  if (/^V8 ?Worker/.test(threadName)) return 'V8 helpers (GC, compiler)';
  if (threadName === 'libuv-worker') return 'libuv (file I/O)';
  if (/^rolldown/.test(threadName)) return 'Rolldown';
  return 'other threads';
}

export const THREAD_KINDS = ['build thread', 'V8 helpers (GC, compiler)', 'Rolldown', 'libuv (file I/O)', 'worker threads', 'Pagefind', 'other threads', 'other processes'];

/** CPU ticks of each thread of a process named `processName`: tid → { kind, ticks }. */
function threadTicks(pid, processName, into) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const thread = parseStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      into.set(tid, { kind: into.get(tid)?.kind ?? threadKind(processName, thread.name, tid === pid), ticks: thread.ticks });
    } catch {
      // The thread ended while it was read.
    }
  }
}

/**
 * Samples the build's whole process tree every 100 ms: the largest peak RSS (VmHWM) of any one process, the CPU time
 * of all of them, and of each thread by what it is for. GNU time alone misses children that are killed rather than
 * waited for, such as Pagefind's indexer. A thread's last 100 ms before it ends can be missed.
 */
function watchTree(rootPid) {
  const cpu = new Map();
  const threads = new Map();
  let peakKb = 0;
  const sample = () => {
    const table = processTable();
    const inTree = new Set([String(rootPid)]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, p] of table) {
        if (!inTree.has(pid) && inTree.has(p.ppid)) {
          inTree.add(pid);
          grew = true;
        }
      }
    }
    for (const pid of inTree) {
      const p = table.get(pid);
      if (!p) continue;
      cpu.set(pid, p.ticks);
      threadTicks(pid, p.name, threads);
      try {
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch {
        // Gone already.
      }
    }
  };
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    const ticks = [...cpu.values()].reduce((a, b) => a + b, 0);
    const byKind = Object.fromEntries(THREAD_KINDS.map((k) => [k, 0]));
    for (const t of threads.values()) byKind[t.kind] += t.ticks / TICKS_PER_SECOND;
    return { peakKb, cpuSeconds: ticks / TICKS_PER_SECOND, cpuByThread: byKind };
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
  const [cmd, ...args] = gnu ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...node] : node;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const log = [];
  const load = loadavg()[0];
  const start = process.hrtime.bigint();
  const child = spawn(cmd, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopWatching = watchTree(child.pid);
  child.stdout.on('data', (d) => log.push(d));
  child.stderr.on('data', (d) => log.push(d));
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const watched = stopWatching();
  const text = Buffer.concat(log).toString('utf8');
  writeFileSync(logFile, text);
  if (code !== 0) {
    throw new Error(`astro build failed in ${dir} (exit ${code}); last lines of ${logFile}:\n${text.split('\n').slice(-30).join('\n')}`);
  }
  // GNU time gives the exact peak RSS of every process that was waited for; the /proc samples add those that were not.
  const gnuPeakKb = gnu ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ')[0]) : 0;
  return {
    seconds,
    cpuSeconds: watched.cpuSeconds,
    cpuByThread: watched.cpuByThread,
    loadBefore: load,
    peakRssMb: Math.max(gnuPeakKb, watched.peakKb) / 1024,
    rssSource: gnu ? 'largest process, from GNU time and /proc samples' : 'largest process, from /proc samples',
    phases: buildPhases(text, seconds),
    ...pageCounts(text),
    ...distStats(join(dir, 'dist')),
  };
}
