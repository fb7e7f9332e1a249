// Incremental builds (experimental.incrementalBuild, with each page's cacheKey from src/lib/site/page-inputs.ts) write
// exactly what a cold build writes. A project copy with a small archive is built cold; then an article is corrected
// (title and text), a new article pair is added, a figure changes and a correction is recorded; the incremental
// rebuild is compared, file by file, with a cold build (`--force`) of the same content. A page whose key missed one of
// its inputs would be copied stale from the cache and differ here.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData, syntheticArticle, writeSyntheticArticles } from '../../bench/lib/synthetic-articles.mjs';
import { ASTRO, childEnv, copyProject, PROJECT, type ProjectCopy } from '../support/project-copy';

const PAIRS = 12;
let copy: ProjectCopy;
const logs: Record<string, string> = {};

function build(name: string, args: string[] = []): string {
  const run = spawnSync(process.execPath, [ASTRO, 'build', ...args], {
    cwd: copy.root,
    encoding: 'utf8',
    env: childEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' }),
  });
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`${name} build failed:\n${log.split('\n').slice(-30).join('\n')}`);
  logs[name] = log;
  return log;
}

/** Every file under `dir`, by path relative to it. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) out.set(relative(dir, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name)));
  }
  return out;
}

function edit(file: string, find: string, replace: string): void {
  const path = join(copy.root, file);
  const text = readFileSync(path, 'utf8');
  // An edit that no longer matches would test nothing.
  if (!text.includes(find)) throw new Error(`'${find}' is no longer in ${file}; update this test`);
  writeFileSync(path, text.replace(find, replace));
}

/** Pages the build rendered, and pages it took from the cache, from Astro's log. */
function pagesIn(log: string) {
  const lines = log.split('\n').filter((l) => l.includes('├─'));
  const cached = lines.filter((l) => /\((cached|restored)\)/.test(l));
  return { rendered: lines.length - cached.length, cached: cached.length, renderedPaths: lines.filter((l) => !cached.includes(l)) };
}

beforeAll(() => {
  copy = copyProject({ forBuild: true });
  const data = loadReferenceData(PROJECT);
  writeSyntheticArticles(join(copy.root, 'content/articles'), PAIRS, data);
  build('cold');
  // Four edits, each the only reason for its pages to change, so a key that misses one kind of input leaves stale pages:
  // an article's title and text (its teaser is in lists, related articles and neighbours);
  edit('content/articles/ko/sk-manufacturing-ai-cloud.mdx', "SK의 'AI 팩토리', 반도체 공장을", "SK의 'AI 팩토리', 반도체 공장 전체를");
  edit(
    'content/articles/ko/sk-manufacturing-ai-cloud.mdx',
    '## 울산 데이터센터, 두 계획은 나눠 봐야',
    '## 울산 데이터센터, 두 계획은 따로 봐야',
  );
  // a correction recorded for another article (already `updated` on that day, so its frontmatter stays as it is);
  edit(
    'content/data/corrections.yaml',
    '- id: 2026-11-28-budget-date',
    [
      '- id: 2026-11-28-challenges-test',
      '  date: 2026-11-28',
      '  articles: [challenges]',
      '  wrong: { ko: 시험용 정정 전 문장., en: The sentence before the test correction. }',
      '  now: { ko: 시험용 정정 후 문장., en: The sentence after the test correction. }',
      '  sources: [s10]',
      '- id: 2026-11-28-budget-date',
    ].join('\n'),
  );
  // a figure printed in one article pair only (and on the site-wide pages);
  edit('content/data/figures.yaml', '- id: chip.hgx-gpus\n  value: 8\n', '- id: chip.hgx-gpus\n  value: 16\n');
  // and a new article pair.
  for (const lang of ['ko', 'en'] as const) {
    const { slug, text } = syntheticArticle(PAIRS + 1, lang, data);
    writeFileSync(join(copy.root, 'content/articles', lang, `${slug}.mdx`), text);
  }
  build('incremental');
  build('cold-same-content', ['--force', '--outDir', 'dist-cold']);
}, 600_000);

afterAll(() => copy?.remove());

describe('an incremental build after editing content', () => {
  it('takes the unchanged pages from the cache and renders the changed ones', () => {
    const cold = pagesIn(logs.cold!);
    const incremental = pagesIn(logs.incremental!);
    expect(cold.cached).toBe(0);
    expect(incremental.cached, 'pages taken from the cache').toBeGreaterThan(cold.rendered / 2);
    expect(incremental.rendered, 'pages rendered').toBeGreaterThan(10);
    // The pages each edit is on were rendered again.
    const changed = ['/articles/sk-manufacturing-ai-cloud/', '/articles/challenges/', '/en/articles/challenges/'];
    for (const path of [...changed, '/articles/chips-explained/', '/articles/bench-0013/', '/methodology/', '/corrections/']) {
      expect(
        incremental.renderedPaths.some((l) => l.includes(` ${path}`)),
        `${path} rendered again`,
      ).toBe(true);
    }
  });

  it('writes exactly what a cold build of the same content writes, file by file', () => {
    const incremental = files(join(copy.root, 'dist'));
    const cold = files(join(copy.root, 'dist-cold'));
    expect([...incremental.keys()].sort()).toEqual([...cold.keys()].sort());
    const differ = [...cold].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differ, 'files that differ from the cold build').toEqual([]);
    // The edits are really in the output (the comparison would pass on two stale builds too).
    const html = (path: string) => cold.get(path)!.toString('utf8');
    expect(html('articles/sk-manufacturing-ai-cloud/index.html')).toContain('반도체 공장 전체를');
    expect(html('en/articles/challenges/index.html')).toContain('The sentence after the test correction.');
    expect(html('articles/chips-explained/index.html')).toMatch(/data-figure="chip.hgx-gpus"[^>]*>16/);
    expect(cold.has('articles/bench-0013/index.html')).toBe(true);
  });
});
