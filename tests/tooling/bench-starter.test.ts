// The page benchmark's Astro blog starter: fetched at our Astro's tag, built with our Astro, and skipped with a reason
// (never a crash) where it cannot be fetched or built.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_PAGES, createAstroArgs, prepareStarter, starterPairFor } from '../../bench/lib/starter.mjs';

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version as string;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'starter-'));
  dirs.push(dir);
  return join(dir, 'starter');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the Astro blog starter for bench:pages', () => {
  it('asks create-astro for the blog template at the tag of the given Astro release, without installing', () => {
    const args = createAstroArgs('.bench/starter', '7.3.5');
    expect(args.slice(0, 3)).toEqual(['--yes', 'create-astro@5', '.bench/starter']);
    expect(args.join(' ')).toContain('--template blog --ref astro@7.3.5 --no-install --no-git');
  });

  it('compares a home page with the starter home and every other page with its post', () => {
    expect(starterPairFor('home')).toBe('home');
    expect(starterPairFor('home, 1,000-pair archive')).toBe('home');
    expect(starterPairFor('article 3× the longest')).toBe('post');
    expect(starterPairFor('tracker')).toBe('post');
    expect(STARTER_PAGES.map((p) => p.pairsWith).sort()).toEqual(['home', 'post']);
  });

  it('reports why it is skipped when the template cannot be fetched, and builds nothing', async () => {
    const dir = tempDir();
    const calls: string[][] = [];
    const result = await prepareStarter({
      root: ROOT,
      dir,
      run: async (cmd: string, args: string[]) => {
        calls.push([cmd, ...args]);
        throw new Error(
          'npx create-astro exited 1:\n astro  Launch sequence aborted.\n      ▲  error Unable to connect to the internet.\n',
        );
      },
      build: async () => {
        throw new Error('must not build');
      },
    });
    expect(calls[0]).toEqual(['npx', ...createAstroArgs(dir, ASTRO)]);
    expect(result).toEqual({
      skipped: `the blog template of astro@${ASTRO} could not be fetched (create-astro: ▲  error Unable to connect to the internet.)`,
    });
  });

  it('builds a copy that is already there without fetching it again, and reports a failed build', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{}');
    const built: string[] = [];
    const fetchAgain = async () => {
      throw new Error('must not fetch');
    };
    const ok = await prepareStarter({ root: ROOT, dir, run: fetchAgain, build: async (cwd: string) => void built.push(cwd) });
    expect(ok).toEqual({ dist: join(dir, 'dist'), astroVersion: ASTRO });
    expect(built).toEqual([dir]);
    const failed = await prepareStarter({
      root: ROOT,
      dir,
      run: fetchAgain,
      build: async () => {
        throw new Error('astro build exited 1:\n[content] a schema error');
      },
    });
    expect(failed).toEqual({ skipped: `the starter in ${dir} did not build:\nastro build exited 1:\n[content] a schema error` });
  });
});
