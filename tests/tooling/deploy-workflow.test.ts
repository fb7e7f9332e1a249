// The GitHub Actions workflow tests before it deploys, and builds for the repository's sub-path on GitHub Pages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse as load } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CARD_CACHE_DIR } from '@/lib/og/cache';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
const workflow = load(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  on: { push: { branches: string[] }; pull_request?: unknown };
  jobs: Record<string, Job>;
};
const build = workflow.jobs['test-and-build']!;
const deploy = workflow.jobs.deploy!;
const indexOf = (test: (s: Step) => boolean) => build.steps.findIndex(test);

describe('deploy workflow', () => {
  it('runs on pushes to main', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  it('installs Node 24, the dependencies, Chromium and a Korean font, then runs npm test with the audit required', () => {
    const node = indexOf((s) => s.uses?.startsWith('actions/setup-node@') ?? false);
    const ci = indexOf((s) => /^npm ci\b/.test(s.run ?? ''));
    const chromium = indexOf(
      (s) => /apt-get install .*\bchromium\b/.test(s.run ?? '') && /apt-get install .*\bfonts-noto-cjk\b/.test(s.run ?? ''),
    );
    const test = indexOf((s) => s.run === 'npm test');
    expect(build.steps[node]?.with?.['node-version']).toBe(24);
    expect([node, ci, chromium, test].every((i) => i >= 0)).toBe(true);
    expect(node < ci && ci < test && chromium < test).toBe(true);
    expect(build.steps[test]?.env?.REQUIRE_AUDIT).toBe('1');
  });

  it('builds with the Pages origin and base path only after the tests, and uploads dist/', () => {
    const test = indexOf((s) => s.run === 'npm test');
    const buildStep = indexOf((s) => s.run === 'npm run build');
    expect(buildStep).toBeGreaterThan(test);
    expect(build.steps[buildStep]?.env?.SITE_URL).toMatch(/steps\.pages\.outputs\.origin/);
    expect(build.steps[buildStep]?.env?.BASE_PATH).toMatch(/steps\.pages\.outputs\.base_path \}\}\/$/);
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
  });

  it('keeps the sharing-card cache between runs, restored before the builds', () => {
    const cache = indexOf((s) => s.uses?.startsWith('actions/cache@') === true && s.with?.path === CARD_CACHE_DIR);
    expect(cache).toBeGreaterThan(indexOf((s) => /^npm ci\b/.test(s.run ?? '')));
    expect(cache).toBeLessThan(indexOf((s) => s.run === 'npm test'));
    // Any earlier run's cards, not only this commit's: a rebuild redraws only what changed.
    expect(build.steps[cache]?.with?.['restore-keys']).toBeTruthy();
  });

  it('runs the editor check inside npm test with GitHub Actions visible to it, so its problems become annotations', () => {
    expect('pull_request' in workflow.on).toBe(true);
    const test = build.steps[indexOf((s) => s.run === 'npm test')]!;
    // GitHub sets GITHUB_ACTIONS=true for every step; a step that cleared it would silence the annotations.
    expect(Object.keys(test.env ?? {})).not.toContain('GITHUB_ACTIONS');
    expect(readFileSync('scripts/test.mjs', 'utf8')).toMatch(/['"]scripts\/check\.ts['"]/);
    expect(readFileSync('scripts/check.ts', 'utf8')).toContain("process.env.GITHUB_ACTIONS === 'true'");
  });

  it('uploads the built site as a preview artifact on pull requests, after the tests built it', () => {
    const test = indexOf((s) => s.run === 'npm test');
    const preview = indexOf((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false);
    expect(preview).toBeGreaterThan(test);
    const step = build.steps[preview]!;
    expect(step.if).toMatch(/github\.event_name == 'pull_request'/);
    expect(step.with?.path).toBe('dist');
    expect(step.with?.['if-no-files-found']).toBe('error');
    expect(String(step.with?.name)).toMatch(/github\.event\.number/);
  });

  it('deploys with deploy-pages, only from main and only after the job that tested', () => {
    expect(deploy.needs).toBe('test-and-build');
    expect(deploy.if).toMatch(/refs\/heads\/main/);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  // Astro's incremental build (astro.config.ts) needs its cache from the last run, one per address: a build for another
  // SITE_URL/BASE_PATH discards the manifest, so one shared cache would leave every build cold.
  describe('keeps the build cache between runs, one per address', () => {
    const cacheDirStep = (id: string) => build.steps.findIndex((s) => s.id === id && /scripts\/build-cache-dir\.ts/.test(s.run ?? ''));
    const cacheStep = (output: string) =>
      build.steps.findIndex((s) => s.uses?.startsWith('actions/cache@') && s.with?.path === `\${{ ${output} }}`);
    function expectKeyed(i: number, output: string) {
      const w = build.steps[i]!.with!;
      const prefix = `astro-\${{ ${output} }}-\${{ hashFiles('package-lock.json') }}-`;
      expect(w.key).toBe(`${prefix}\${{ github.sha }}`);
      expect(w['restore-keys']).toBe(prefix);
    }

    it('restores the Pages address cache, named by the same SITE_URL and BASE_PATH, before the Pages build', () => {
      const buildStep = build.steps.findIndex((s) => s.run === 'npm run build');
      const dir = cacheDirStep('pages-cache');
      const cache = cacheStep('steps.pages-cache.outputs.dir');
      expect(build.steps[dir]?.env).toEqual(build.steps[buildStep]?.env);
      expect(dir >= 0 && dir < cache && cache < buildStep).toBe(true);
      expectKeyed(cache, 'steps.pages-cache.outputs.dir');
    });

    it("restores a cache for each of npm test's two builds, at the addresses scripts/test.mjs builds for", () => {
      const test = build.steps.findIndex((s) => s.run === 'npm test');
      const dirs = cacheDirStep('test-cache');
      const subpathEnv = /env: \{ BASE_PATH: '([^']+)', SITE_URL: '([^']+)' \}/.exec(readFileSync('scripts/test.mjs', 'utf8'));
      expect(subpathEnv).not.toBeNull();
      expect(build.steps[dirs]?.run).toContain(`SITE_URL=${subpathEnv![2]} BASE_PATH=${subpathEnv![1]} npx tsx scripts/build-cache-dir.ts`);
      for (const output of ['steps.test-cache.outputs.root', 'steps.test-cache.outputs.subpath']) {
        const cache = cacheStep(output);
        expect(dirs >= 0 && dirs < cache && cache < test).toBe(true);
        expectKeyed(cache, output);
      }
    });

    it('names the folder as astro.config.ts does (scripts/build-cache-dir.ts)', async () => {
      const print = (env: Record<string, string>) =>
        spawnSync('node_modules/.bin/tsx', ['scripts/build-cache-dir.ts'], {
          encoding: 'utf8',
          env: { ...process.env, ...env },
        }).stdout.trim();
      expect(print({ SITE_URL: 'https://owner.github.io', BASE_PATH: '/repo/' })).toBe('./.cache/astro/owner.github.io_repo/');
      expect(print({ SITE_URL: 'https://example.org', BASE_PATH: '' })).toBe('./.cache/astro/example.org/');
      // The config reads the same function with the same environment.
      const config = readFileSync('astro.config.ts', 'utf8');
      expect(config).toMatch(/cacheDir: buildCacheDir\(site, base\)/);
    });
  });
});
