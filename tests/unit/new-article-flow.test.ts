// The editor's path end to end on a copy of the project: `npm run new` with flags writes a draft pair that passes
// `npm run check`; it refuses to overwrite; the production build leaves the draft (and the English version, finished but
// scheduled for a future date) out of pages, feeds, sitemap and search; the dev server shows both, with their notices and
// every MDX component an editor can use rendered.
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '@/lib/content/mdx-components';
import { startDev, type DevServer } from '../support/dev-server';
import { PROJECT, TSX, astroBuild, childEnv, copyProject } from '../support/project-copy';

const SLUG = 'editor-flow-check';
const TITLE = '편집 흐름 점검용 초안';
const TITLE_EN = 'A draft for checking the editing flow';
const KO_FILE = `content/articles/ko/${SLUG}.mdx`;
const IMAGE_ALT = '점검용 1픽셀 이미지';
const CORRECTION = '삼성 배정 물량 표기를 바로잡았습니다.';
const SCHEDULED = '2099-01-01';
const EN_FILE = `content/articles/en/${SLUG}.mdx`;

const copy = copyProject({ forBuild: true });
let dev: DevServer | undefined;
afterAll(() => {
  dev?.stop();
  copy.remove();
});

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [TSX, script, ...args], {
    cwd: copy.root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(),
  });
const newArticle = () =>
  run('scripts/new-article.ts', [
    '--lang',
    'both',
    '--title',
    TITLE,
    '--title-en',
    TITLE_EN,
    '--slug',
    SLUG,
    '--recipients',
    'samsung',
    '--tags',
    'hbm',
  ]);

describe('npm run new → check → build → dev (Korean draft, English scheduled)', { timeout: 180_000 }, () => {
  it('writes a Korean and an English draft with the same key and prints their paths and preview addresses', () => {
    const out = newArticle();
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain(KO_FILE);
    expect(out.stdout).toContain(EN_FILE);
    expect(out.stdout).toContain(`http://localhost:4321/articles/${SLUG}/`);
    expect(out.stdout).toContain(`http://localhost:4321/en/articles/${SLUG}/`);
    const ko = readFileSync(join(copy.root, KO_FILE), 'utf8');
    expect(ko).toContain(`title: "${TITLE}"`);
    expect(ko).toContain('draft: true');
    expect(ko).toContain(`translationKey: ${SLUG}`);
    expect(readFileSync(join(copy.root, EN_FILE), 'utf8')).toContain(`title: "${TITLE_EN}"`);
  });

  it('refuses to overwrite an existing article', () => {
    const before = readFileSync(join(copy.root, KO_FILE), 'utf8');
    const again = newArticle();
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${KO_FILE} already exists`);
    expect(readFileSync(join(copy.root, KO_FILE), 'utf8')).toBe(before);
  });

  it('passes `npm run check` (content and types), also once every available component is added to it', () => {
    const examples = Object.values(MDX_COMPONENTS).map((c) => c.example);
    // An image next to the article, as EDITING.md describes (astro:assets processes it).
    mkdirSync(join(copy.root, 'content/articles/ko/images'));
    copyFileSync(
      join(PROJECT, 'tests/fixtures/bad-content/missing-alt/content/articles/ko/missing-alt-chart.png'),
      join(copy.root, 'content/articles/ko/images/flow-chart.png'),
    );
    appendFileSync(join(copy.root, KO_FILE), `\n${examples.join('\n\n')}\n\n![${IMAGE_ALT}](./images/flow-chart.png)\n`);
    // A corrected article: the update date and the correction note (from the corrections record) must show at the top.
    writeFileSync(
      join(copy.root, KO_FILE),
      readFileSync(join(copy.root, KO_FILE), 'utf8')
        .replace('draft: true', 'draft: true\nupdated: 2026-11-27')
        // Written before the correction it carries (the check wants updated: on or after published:).
        .replace(/^published: .*$/m, 'published: 2026-11-20'),
    );
    appendFileSync(
      join(copy.root, 'content/data/corrections.yaml'),
      `\n- id: 2026-11-27-flow-check\n  date: 2026-11-27\n  articles: [${SLUG}]\n  wrong: { ko: 삼성 배정 물량을 잘못 적었다., en: It gave Samsung's allocation wrongly. }\n  now: { ko: ${CORRECTION}, en: Samsung's allocation is now given correctly. }\n`,
    );
    // The English version is finished but scheduled for a future date instead of being a draft.
    const en = readFileSync(join(copy.root, EN_FILE), 'utf8')
      .replace('draft: true', 'draft: false')
      .replace(/^published: .*$/m, `published: ${SCHEDULED}`)
      .replace(/TODO: summarise[^"]*/, 'A finished summary of the finished article.')
      .replace(/^## TODO: .*$/m, '## A subheading')
      .replace(/^TODO: .*$/gm, 'Finished text.');
    writeFileSync(join(copy.root, EN_FILE), en);
    const out = run('scripts/check.ts', []);
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(out.stdout).toContain(`draft, not on the live site: ${KO_FILE}`);
    expect(out.stdout).toContain(`scheduled, live from ${SCHEDULED} (at the next build): ${EN_FILE}`);
    expect(out.stdout).toContain('✓ 검사 통과');
  });

  it('stays out of the production build: no page, and not in the feeds, the sitemap or the search page', () => {
    // Some CI systems set NODE_ENV; drafts must stay out of the production build whatever it says.
    const build = astroBuild(copy.root, { NODE_ENV: 'test' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const dist = (path: string) => join(copy.root, 'dist', path);
    expect(existsSync(dist('index.html'))).toBe(true);
    expect(existsSync(dist(`articles/${SLUG}`))).toBe(false);
    expect(existsSync(dist(`en/articles/${SLUG}`))).toBe(false);
    // Every page, feed, sitemap and script of the build: home and company/tag lists, RSS, sitemap, search page.
    const files = readdirSync(dist(''), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|js|json|txt)$/.test(f));
    expect(files).toEqual(
      expect.arrayContaining([
        'sitemap-0.xml',
        'rss.xml',
        'en/rss.xml',
        'search/index.html',
        'companies/samsung/index.html',
        'tags/hbm/index.html',
      ]),
    );
    for (const file of files) {
      const text = readFileSync(dist(file), 'utf8');
      expect(text, file).not.toContain(SLUG);
      expect(text, file).not.toContain(TITLE);
      expect(text, file).not.toContain(TITLE_EN);
    }
  });

  it('shows in the dev server, marked as a draft, with every component rendered', async () => {
    dev = await startDev(copy.root);
    const res = await fetch(`${dev.url}/articles/${SLUG}/`);
    const html = await res.text();
    expect(res.status, html.slice(0, 2000)).toBe(200);
    expect(html).toContain(TITLE);
    expect(html).toContain('초안입니다. 개발 서버에서만 보이고');
    // The correction note and the update date sit in the article's header, above the text.
    const header = html.slice(html.indexOf('<article'), html.indexOf('<div class="prose">'));
    const note = header
      .match(/<[a-z]+[^>]*data-correction[^>]*>([\s\S]*?)<\/(li|p)>/)?.[1]
      ?.replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(note).toContain(CORRECTION);
    expect(note).toContain('2026년 11월 27일');
    expect(header).toMatch(/data-updated[^>]*>[\s\S]*?<time[^>]*datetime="2026-11-27"[^>]*>2026년 11월 27일<\/time>/);
    for (const marker of [
      'data-figure="',
      'data-callout="warning"',
      'data-pull-quote',
      'class="cite"',
      'data-recipient="naver"',
      'data-timeline-excerpt',
    ]) {
      expect(html, marker).toContain(marker);
    }
    // The image goes through astro:assets (its /_image endpoint in dev), with its alt text.
    const img = html.match(/<img[^>]*>/g)?.find((tag) => tag.includes(`alt="${IMAGE_ALT}"`)) ?? '';
    expect(img).toMatch(/src="\/_image\/?\?[^"]*f=webp/);
    // A cited source joins the article's source list, so the citation's link has somewhere to go.
    expect(html).toContain('id="source-s4"');
    const en = await fetch(`${dev.url}/en/articles/${SLUG}/`);
    expect(en.status).toBe(200);
    expect(await en.text()).toContain('Scheduled: on the live site from 1 January 2099');
  });
});
