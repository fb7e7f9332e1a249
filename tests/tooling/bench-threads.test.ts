// The benchmark's CPU-by-thread table: threads are told apart by the names Node, V8, libuv, Rolldown and Pagefind give them.
import { describe, expect, it } from 'vitest';
import { THREAD_KINDS, threadKind } from '../../bench/lib/measure-build.mjs';

describe('threadKind', () => {
  it('names the build thread, its helpers and the indexer', () => {
    expect(threadKind('MainThread', 'MainThread', true)).toBe('build thread');
    expect(threadKind('node', 'node', true)).toBe('build thread');
    expect(threadKind('MainThread', 'WorkerThread', false)).toBe('worker threads');
    expect(threadKind('MainThread', 'V8Worker', false)).toBe('V8 helpers (GC, compiler)');
    expect(threadKind('MainThread', 'libuv-worker', false)).toBe('libuv (file I/O)');
    expect(threadKind('MainThread', 'rolldown-worker', false)).toBe('Rolldown');
    expect(threadKind('pagefind_extend', 'tokio-rt-worker', false)).toBe('Pagefind');
    expect(threadKind('pagefind_extend', 'pagefind_extend', true)).toBe('Pagefind');
    expect(threadKind('esbuild', 'esbuild', true)).toBe('other processes');
    expect(threadKind('MainThread', 'SignalInspector', false)).toBe('other threads');
  });

  it('only ever answers with a kind the table has a column for', () => {
    const names = ['MainThread', 'node', 'WorkerThread', 'V8Worker', 'libuv-worker', 'rolldown-worker', 'pagefind_extend', 'esbuild', 'x'];
    for (const p of names) for (const t of names) for (const main of [true, false]) expect(THREAD_KINDS).toContain(threadKind(p, t, main));
  });
});
