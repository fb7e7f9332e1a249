// Lists that run to several pages, in a real browser. The real archive fits on one page, so this file builds a copy of
// the site with 150 more Korean articles (40 of them also in English; tests/support/many-articles.ts) under the
// sub-path /gpu-deal/, serves it, and follows the pagination links as a reader would. Every expectation is computed
// from that copy's content, not written in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byNewest, isPublished } from '@/lib/content/articles';
import { readContent } from '@/lib/content/read';
import { checkLinks, readSite, siteRoot } from '../support/link-check';
import { addManyArticles } from '../support/many-articles';
import { firstRenderBudget } from '../support/page-weight';
import { astroBuild, copyProject, type ProjectCopy } from '../support/project-copy';
import { launch, runAxe, tabTo, watchErrors } from './browser';
import { languageProblems } from './dist';
import { inspectLayout } from './layout-probe';

const BASE = '/gpu-deal/';
const SITE = 'https://example.github.io';
const PER_PAGE = 20;

let copy: ProjectCopy;
let dist: string;
let server: Awaited<ReturnType<typeof preview>>;
let origin: string;
let browser: Browser;
let content: ReturnType<typeof readContent>['site'];

beforeAll(async () => {
  copy = copyProject({ forBuild: true });
  addManyArticles(copy.root, { count: 150, translated: 40 });
  content = readContent(copy.root).site;
  const env = { BASE_PATH: BASE, SITE_URL: SITE };
  const build = astroBuild(copy.root, env);
  if (build.status !== 0) throw new Error(`the build with many articles failed:\n${build.stdout}\n${build.stderr}`);
  dist = join(copy.root, 'dist');
  // astro.config.ts reads BASE_PATH when the preview loads it.
  const saved = process.env.BASE_PATH;
  process.env.BASE_PATH = BASE;
  try {
    server = await preview({ root: copy.root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  } finally {
    if (saved === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = saved;
  }
  origin = `http://127.0.0.1:${server.port}`;
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  copy?.remove();
});

type Lang = 'ko' | 'en';
const prefix = (lang: Lang) => (lang === 'ko' ? '' : 'en/');
/** A site path on the served copy ('articles/page/2/' → /gpu-deal/articles/page/2/). */
const at = (path: string) => `${origin}${BASE}${path.replace(/^\//, '')}`;

/** The copy's published articles in one language, newest first (as every list orders them), as their pathnames. */
function newest(lang: Lang, keep: (a: (typeof content.articles)[number]) => boolean = () => true): string[] {
  return content.articles
    .filter((a) => a.lang === lang && isPublished(a.data) && keep(a))
    .sort(byNewest)
    .map((a) => `${BASE}${prefix(lang)}articles/${a.slug}/`);
}

/** The number of the archive's last page in one language. */
const lastPage = (lang: Lang) => Math.ceil(newest(lang).length / PER_PAGE);

interface Visited {
  url: string;
  title: string;
  canonical: string;
  alternates: Record<string, string>;
  current: string | null;
  articles: string[];
  hasPrev: boolean;
}

async function read(page: Page): Promise<Visited> {
  return page.evaluate(() => {
    const href = (sel: string) => document.querySelector<HTMLLinkElement>(sel)?.href ?? '';
    const alternates: Record<string, string> = {};
    for (const l of document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]'))
      alternates[l.hreflang] = new URL(l.href).pathname;
    return {
      url: location.pathname,
      title: document.title,
      canonical: new URL(href('link[rel="canonical"]')).pathname,
      alternates,
      current: document.querySelector('nav[data-pagination] [aria-current="page"]')?.textContent ?? null,
      articles: [...document.querySelectorAll<HTMLAnchorElement>('main li h2 a')].map((a) => new URL(a.href).pathname),
      hasPrev: document.querySelector('nav[data-pagination] a[rel="prev"]') !== null,
    };
  });
}

/** Opens a list's first page and clicks "next" until there is none, recording every page. */
async function walk(start: string): Promise<{ pages: Visited[]; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(at(start));
  const pages: Visited[] = [];
  for (let i = 0; i < 50; i++) {
    pages.push(await read(page));
    const next = page.locator('nav[data-pagination] a[rel="next"]');
    if ((await next.count()) === 0) break;
    await Promise.all([page.waitForURL((u) => u.pathname !== pages.at(-1)!.url), next.click()]);
  }
  await page.close();
  return { pages, errors };
}

/** The site paths of a list's pages: the list itself, then …/page/2/, …/page/3/. */
const expectedUrls = (list: string, total: number) =>
  Array.from({ length: Math.max(1, Math.ceil(total / PER_PAGE)) }, (_, i) => (i === 0 ? `${BASE}${list}` : `${BASE}${list}page/${i + 1}/`));

describe('the copy with many articles', () => {
  it('has lists long enough to test: archives, a tag and a recipient over several pages, and ellipses in the control', () => {
    expect(newest('ko').length).toBeGreaterThan(7 * PER_PAGE);
    expect(newest('en').length).toBeGreaterThan(2 * PER_PAGE);
    expect(lastPage('en')).toBeLessThan(lastPage('ko'));
    expect(newest('ko', (a) => a.data.tags.includes('hbm')).length).toBeGreaterThan(2 * PER_PAGE);
    expect(newest('ko', (a) => a.data.recipients.includes('sk')).length).toBeGreaterThan(PER_PAGE);
  });
});

describe.each([
  ['ko', 'articles/', '전체 기사', (n: number) => `전체 기사 — ${n}쪽 | GPU 26만 장`],
  ['en', 'en/articles/', 'All articles', (n: number) => `All articles — page ${n} | 260K GPUs`],
] as const)('%s archive, followed page by page', (lang, list, heading, title) => {
  let pages: Visited[];
  let errors: string[];
  const all = () => newest(lang);
  beforeAll(async () => {
    ({ pages, errors } = await walk(list));
  });

  it('visits /page/2/, /page/3/, … in turn, ending at the last page, with no error', () => {
    expect(pages.map((p) => p.url)).toEqual(expectedUrls(list, all().length));
    expect(errors).toEqual([]);
  });

  it('shows every article exactly once, 20 a page, newest first', () => {
    expect(pages.flatMap((p) => p.articles)).toEqual(all());
    expect(pages.slice(0, -1).every((p) => p.articles.length === PER_PAGE)).toBe(true);
  });

  it('marks the current page, titles each page with its number, and is its own canonical', () => {
    pages.forEach((p, i) => {
      expect(p.current, p.url).toBe(lang === 'ko' ? `${i + 1}쪽` : `Page ${i + 1}`);
      expect(p.title, p.url).toBe(i === 0 ? `${heading} | ${lang === 'ko' ? 'GPU 26만 장' : '260K GPUs'}` : title(i + 1));
      expect(p.canonical, p.url).toBe(p.url);
      expect(p.alternates[lang], p.url).toBe(p.url);
      expect(p.hasPrev, p.url).toBe(i > 0);
    });
  });

  it('points hreflang at the same page in the other language when it exists, else at its first page', () => {
    const other: Lang = lang === 'ko' ? 'en' : 'ko';
    const otherList = `${prefix(other)}articles/`;
    const otherPages = expectedUrls(otherList, newest(other).length);
    pages.forEach((p, i) => expect(p.alternates[other], p.url).toBe(otherPages[i] ?? otherPages[0]));
  });
});

/** A page link's accessible name: '8쪽' (Chromium may hear a space before the visually hidden '쪽'). */
const pageName = (n: number) => new RegExp(`^${n}\\s?쪽$`);

describe('moving through the archive', () => {
  it('jumps to the last page by its number, back with "이전", and to the first page at the list itself', async () => {
    const page = await browser.newPage();
    const last = lastPage('ko');
    await page.goto(at('articles/page/4/'));
    const nav = page.getByRole('navigation', { name: '페이지 이동' });
    // First, last, the current page and its neighbours, with gaps for the rest.
    expect(await nav.locator('a').allTextContents()).toEqual(expect.arrayContaining(['1쪽', '3쪽', '4쪽', '5쪽', `${last}쪽`]));
    expect(await nav.locator('li[aria-hidden="true"]').allTextContents()).toEqual(['…']);
    await Promise.all([page.waitForURL(at(`articles/page/${last}/`)), nav.getByRole('link', { name: pageName(last) }).click()]);
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe(`${last}쪽`);
    await Promise.all([page.waitForURL(at(`articles/page/${last - 1}/`)), page.getByRole('link', { name: '이전', exact: true }).click()]);
    await Promise.all([page.waitForURL(at('articles/')), page.getByRole('link', { name: pageName(1) }).click()]);
    expect(await page.locator('[data-list-position]').textContent()).toBe(`전체 ${newest('ko').length}건 중 1~20번째`);
    await page.close();
  });

  it('has no /page/1/ and no page past the last', async () => {
    const page = await browser.newPage();
    const last = lastPage('ko');
    for (const path of ['articles/page/1/', `articles/page/${last + 1}/`, 'en/articles/page/1/', 'tags/hbm/page/1/']) {
      expect((await page.goto(at(path)))?.status(), path).toBe(404);
    }
    await page.close();
  });

  it('leads the language switch of a page the other language does not have to that language’s first page', async () => {
    const page = await browser.newPage();
    const last = lastPage('ko');
    await page.goto(at(`articles/page/${last}/`));
    await Promise.all([page.waitForURL(at('en/articles/')), page.click('[data-lang-switch]')]);
    await page.goto(at('en/articles/page/2/'));
    await Promise.all([page.waitForURL(at('articles/page/2/')), page.click('[data-lang-switch]')]);
    await page.close();
  });

  it('works by keyboard: Tab reaches "다음" with a visible focus ring, Enter follows it', async () => {
    const page = await browser.newPage();
    await page.goto(at('articles/'));
    await tabTo(page, '[rel="next"]', 60);
    const ring = await page.evaluate(() => parseFloat(getComputedStyle(document.activeElement!).outlineWidth) >= 2);
    expect(ring, 'the "next" link is reached and shows a focus ring').toBe(true);
    await Promise.all([page.waitForURL(at('articles/page/2/')), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('a tag over several pages', () => {
  it('is followed page by page through every article with the tag, newest first', async () => {
    const { pages, errors } = await walk('tags/hbm/');
    const all = newest('ko', (a) => a.data.tags.includes('hbm'));
    expect(pages.map((p) => p.url)).toEqual(expectedUrls('tags/hbm/', all.length));
    expect(pages.flatMap((p) => p.articles)).toEqual(all);
    expect(pages[1]!.title).toBe('태그: HBM — 2쪽 | GPU 26만 장');
    expect(errors).toEqual([]);
  });
});

describe('a recipient with many articles', () => {
  it('shows its latest 10 on its page, then links to the full list, which runs over pages without figures or charts', async () => {
    const all = newest('ko', (a) => a.data.recipients.includes('sk'));
    const page = await browser.newPage();
    await page.goto(at('companies/sk/'));
    const section = page.locator('section[aria-labelledby="articles-heading"]');
    expect(await section.locator('li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(
      all.slice(0, 10),
    );
    const link = section.getByRole('link', { name: `관련 기사 전체 보기 (${all.length}건)` });
    await Promise.all([page.waitForURL(at('companies/sk/articles/')), link.click()]);
    expect(await page.locator('h1').textContent()).toBe('SK그룹 관련 기사');
    expect(await page.locator('main [data-figure], main figure[data-chart], gpu-chart').count()).toBe(0);
    await Promise.all([page.waitForURL(at('companies/sk/')), page.getByRole('link', { name: 'SK그룹 개요로 돌아가기' }).click()]);
    await page.close();

    const walked = await walk('companies/sk/articles/');
    expect(walked.pages.map((p) => p.url)).toEqual(expectedUrls('companies/sk/articles/', all.length));
    expect(walked.pages.flatMap((p) => p.articles)).toEqual(all);
  });

  it('has a full list only in the language with more than 10; the other language’s version leads to the overview', async () => {
    const ko = newest('ko', (a) => a.data.recipients.includes('naver'));
    const en = newest('en', (a) => a.data.recipients.includes('naver'));
    expect(ko.length).toBeGreaterThan(10);
    expect(en.length).toBeLessThanOrEqual(10);
    const page = await browser.newPage();
    expect((await page.goto(at('en/companies/naver/articles/')))?.status()).toBe(404);
    await page.goto(at('en/companies/naver/'));
    expect(await page.locator('a[data-company-articles-link]').count()).toBe(0);
    await page.goto(at('companies/naver/articles/'));
    const visited = await read(page);
    expect(visited.alternates.en).toBe(`${BASE}en/companies/naver/`);
    await page.close();
  });
});

describe('home, search and feeds with many articles', () => {
  it.each([
    ['ko', '', (n: number) => `전체 기사 보기 (${n}건)`],
    ['en', 'en/', (n: number) => `All ${n} articles`],
  ] as const)('%s home: the latest 10 besides the lead, then the link to the archive with the count', async (lang, home, label) => {
    const page = await browser.newPage();
    await page.goto(at(home));
    const latest = page.locator('section[aria-labelledby="latest-heading"] li');
    expect(await latest.count()).toBe(10);
    await Promise.all([page.waitForURL(at(`${home}articles/`)), page.getByRole('link', { name: label(newest(lang).length) }).click()]);
    await page.close();
  });

  it('the search page lists the latest 10, not the archive', async () => {
    const page = await browser.newPage();
    await page.goto(at('search/'));
    const hrefs = await page
      .locator('section[aria-labelledby="latest-heading"] li h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(newest('ko').slice(0, 10));
    await page.close();
  });

  it.each([
    ['rss.xml', 'ko'],
    ['en/rss.xml', 'en'],
  ] as const)('%s carries 30 items: the newest articles, in order, among the corrections to them', (file, lang) => {
    const channel = new XMLParser().parse(readFileSync(join(dist, file), 'utf8')).rss.channel;
    const links = [channel.item].flat().map((i: { link: string }) => new URL(i.link));
    expect(links).toHaveLength(30);
    // Corrections are items of their own (a #correction-… link to the corrected article); the rest are articles.
    const articles = links.filter((u) => !u.hash.startsWith('#correction-')).map((u) => u.pathname);
    expect(articles.length).toBeGreaterThan(10);
    expect(articles).toEqual(newest(lang).slice(0, articles.length));
  });
});

describe('every page of every list', () => {
  /** The archive's, tags' and recipients' list pages, as files under dist/ ('en/tags/hbm/page/2/index.html'). */
  const LIST = /^(en\/)?(articles\/(page\/\d+\/)?|tags\/[^/]+\/(page\/\d+\/)?|companies\/[^/]+\/articles\/(page\/\d+\/)?)index\.html$/;
  let files: ReturnType<typeof readSite> | undefined;
  /** The copy's built files, read once (after the build in beforeAll). */
  const built = () => (files ??= readSite(dist));
  const listPages = () => built().filter((f) => LIST.test(f.path));

  it('leads only to pages and anchors that exist (under the sub-path)', () => {
    const problems = checkLinks(built(), siteRoot(dist)).map((p) => `${p.page}: ${p.link} — ${p.problem}`);
    expect(problems).toEqual([]);
  });

  it('is in the language of its address on every page, later pages of lists in both languages included', () => {
    const { checked, problems } = languageProblems(dist);
    expect(problems).toEqual([]);
    expect(checked.html).toBe(built().filter((f) => f.path.endsWith('.html')).length);
    const later = listPages()
      .filter((f) => /\/page\/\d+\/index\.html$/.test(f.path))
      .map((f) => f.path);
    expect(later.filter((path) => path.startsWith('en/')).length).toBeGreaterThan(0);
    expect(later.filter((path) => !path.startsWith('en/')).length).toBeGreaterThan(0);
  });

  it('fits the first-render budgets: <head> in 8 kB gzip, up to the first paragraph in 14 kB', () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(20);
    const heavy = pages.flatMap((f) => {
      const { head, firstParagraph } = firstRenderBudget(f.text!, parse(f.text!), dist, BASE);
      return [head, firstParagraph].filter((m) => m.bytes > m.limit).map((m) => `${f.path}: ${m.detail}`);
    });
    expect(heavy).toEqual([]);
    // The pages link no stylesheet: their CSS is inline, and counted above.
    for (const f of pages) expect(parse(f.text!).querySelectorAll('link[rel="stylesheet"]'), f.path).toHaveLength(0);
  });

  it.each(['light', 'dark'] as const)(
    'a middle page of the archive passes axe (WCAG 2.2 AA, target size included), %s scheme',
    async (scheme) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(at('articles/page/4/'));
      const result = await runAxe(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], ['violations', 'passes']);
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The target-size rule did run, on the pagination links among others.
      expect(result.passes.find((p) => p.id === 'target-size')?.nodes.length ?? 0).toBeGreaterThanOrEqual(7);
      await context.close();
    },
  );

  it('has pagination links at least 44 px square, and fits a 320 px screen: nothing sticks out, overlaps or is clipped', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(at('articles/page/4/'));
    const sizes = await page
      .locator('nav[data-pagination] a')
      .evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(sizes.length).toBeGreaterThanOrEqual(7);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
    const layout = await inspectLayout(page);
    expect(layout.problems).toEqual([]);
    expect(layout.controls, 'controls checked: the header, the pagination and the footer').toBeGreaterThanOrEqual(7 + sizes.length);
    await page.close();
  });
});
