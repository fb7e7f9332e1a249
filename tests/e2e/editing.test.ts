// The editing UI as an editor uses it: `npm run edit` (astro.edit.config.ts) in a copy of the project, a Korean article
// written in Keystatic with a figure, a chart and a citation picked from menus, saved, then held to `npm run check` and
// a production build. Impossible dates and unknown ids are refused on the way. The screenshots EDITING.md shows are
// taken here (docs/editing/), so the guide pictures the UI as it is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITING_SHOTS, type EditingShot } from '../support/editing-shots';
import { startDev, type DevServer } from '../support/dev-server';
import { PROJECT, TSX, astroBuild, childEnv, copyProject } from '../support/project-copy';
import { launch } from './browser';

const copy = copyProject({ forBuild: true });
const SHOTS = join(PROJECT, 'docs/editing');
const started = Date.now();
let dev: DevServer;
let browser: Browser;
let page: Page;
/** Errors thrown in the editor's pages (an editor would see a broken editor). */
const pageErrors: string[] = [];

/** Keystatic and its React load as hundreds of modules in dev; the first visit on a fresh machine also optimises them. */
const UI_READY = 240_000;

/**
 * Open a page of the dev server. A test that has just written content makes Vite reload the open page, and a
 * navigation that reload interrupts fails with ERR_ABORTED (seen once the article test before it wrote its file):
 * wait for the reload to finish and go again, as an editor would.
 */
async function open(url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('ERR_ABORTED')) throw error;
      await page.waitForLoadState('load');
    }
  }
}

async function shot(name: EditingShot, target: Page | Locator = page): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, name);
  for (let attempt = 1; ; attempt++) {
    try {
      await target.screenshot({ path, type: 'png', animations: 'disabled', caret: 'hide' });
      break;
    } catch (error) {
      // Chromium now and then refuses a capture, as while Vite reloads the page (see open()); once the page has
      // loaded, the same page is there to capture again.
      if (attempt >= 3 || !String(error).includes('Unable to capture screenshot')) throw error;
      await page.waitForLoadState('load');
    }
  }
  // Small enough for a git repository and a guide read on a phone.
  expect(statSync(path).size, name).toBeLessThan(120_000);
}

beforeAll(async () => {
  dev = await startDev(copy.root, 'astro.edit.config.ts');
  browser = await launch();
  await warmUp();
}, UI_READY * 2);

/**
 * The first visit makes Vite bundle Keystatic's dependencies, and the page reloads whenever it finds one more: open the
 * editor until a visit passes without a reload, as an editor's first visit would (later visits are quick and steady).
 */
async function warmUp(): Promise<void> {
  for (let visit = 0; visit < 5; visit++) {
    await freshPage(); // a profile without the unsaved text of the visit before
    let loads = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) loads++;
    });
    try {
      await page.goto(`${dev.url}/keystatic/collection/articles_ko/create`);
      await field('제목 · Title').waitFor({ timeout: UI_READY });
      await page.waitForLoadState('networkidle');
      await field('본문 · Text').locator('p').first().click();
      await page.keyboard.type('/');
      await page.getByRole('listbox', { name: 'Insert menu' }).waitFor({ timeout: 15_000 });
      await page.waitForTimeout(3000);
    } catch (error) {
      if (loads === 1) throw error; // not a reload: a real failure
    }
    if (loads === 1) return;
  }
  throw new Error(`the editor kept reloading:\n${dev.log()}`);
}

/** A fresh browser profile: Keystatic keeps an unsaved new entry in the browser and would offer it again. */
async function freshPage(): Promise<void> {
  await page?.context().close();
  page = await (await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'ko-KR' })).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}

afterAll(async () => {
  await browser?.close();
  dev?.stop();
  copy.remove();
});

const field = (name: string | RegExp) => page.getByRole('textbox', { name });

/** Types `/` and the component's name in the text, and picks it from the insert menu. */
async function insert(component: string) {
  await page.keyboard.type('/');
  await page.getByRole('listbox', { name: 'Insert menu' }).waitFor();
  await page.keyboard.type(component);
  await page.getByRole('option', { name: new RegExp(`^${component} —`) }).click();
}

/** Types `search` into the open component dialog's first picker and picks the choice that `option` names. */
async function pickInDialog(component: string, search: string, option: RegExp) {
  const dialog = page.getByRole('dialog', { name: new RegExp(`^Edit ${component} —`) });
  await dialog.getByRole('combobox').first().fill(search);
  await page.getByRole('option', { name: option }).click();
  return dialog;
}

/** Puts the caret at the end of the text's first paragraph (a click right of its last word), as an editor does. */
async function toEndOfText() {
  const paragraph = field('본문 · Text').locator('p').first();
  const box = (await paragraph.boundingBox())!;
  await paragraph.click({ position: { x: box.width - 4, y: box.height / 2 } });
  await page.keyboard.press('End');
}

/** Opens the dialog of the inline component just inserted (its popover's first button is 'edit'). */
async function editInline(component: string) {
  await page.locator(`[data-component=${component}]`).last().click();
  await page
    .getByRole('dialog')
    .filter({ hasNot: page.locator('h2') })
    .getByRole('button')
    .first()
    .click();
}

describe('the editing UI (npm run edit)', () => {
  let slug = '';

  it('offers only the recipients in recipients.yaml, and will not hold an impossible date', { timeout: UI_READY }, async () => {
    await freshPage();
    await page.goto(`${dev.url}/keystatic/collection/articles_ko/create`);
    await field('제목 · Title').waitFor({ timeout: UI_READY });
    // Recipients are ticked from the data file's list: there is nothing to type a wrong one into.
    const recipients = page.getByRole('group', { name: '수혜 기관 · Recipients' }).getByRole('checkbox');
    const ids = await recipients.evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label') ?? b.closest('label')?.textContent));
    expect(ids.map((label) => /\((\w+)\)$/.exec(label ?? '')?.[1])).toEqual(['government', 'samsung', 'sk', 'hyundai', 'naver']);
    // 30 February typed into the date picker (month, day, year: Chromium's field order) leaves no date, and saving is refused.
    const published = field('공개 날짜 · Published');
    await published.focus();
    await page.keyboard.type('02302025');
    expect(await published.inputValue()).toBe('');
    expect(await published.evaluate((e: HTMLInputElement) => e.validity.badInput)).toBe(true);
    await page.getByRole('button', { name: '생성' }).click();
    await expect.poll(() => page.getByText('공개 날짜 · Published is required').count()).toBeGreaterThan(0);
    expect(await published.getAttribute('aria-invalid')).toBe('true');
  });

  it('creates a Korean article with a picked figure, a chart and a citation, and saves it', { timeout: UI_READY }, async () => {
    await freshPage();
    await page.goto(`${dev.url}/keystatic/collection/articles_ko/create`);
    await field('제목 · Title').waitFor({ timeout: UI_READY });
    await field('제목 · Title').fill('신라 데이터센터 점검');
    // The slug is romanised from the Korean title, as read aloud (신라 → silla).
    slug = await field(/슬러그/).inputValue();
    expect(slug).toBe('silla-deiteosenteo-jeomgeom');
    await field('요약 · Description').fill('삼성전자가 받는 GPU 물량과 그 출처를 편집 화면에서 고른 수치와 차트로 정리했다.');
    const published = field('공개 날짜 · Published');
    await published.focus();
    await page.keyboard.type('11032025');
    expect(await published.inputValue()).toBe('2025-11-03');
    await page.getByRole('checkbox', { name: '삼성 · Samsung (samsung)' }).check();
    await page.getByRole('checkbox', { name: '공급 계약 · The deal (deal)' }).check();
    await field(/translationKey/).fill(slug);
    await page.getByRole('checkbox', { name: /^초안 · Draft/ }).uncheck();
    // A Korean article alone (the English one would be its pair): the check names a missing pair otherwise.
    await page.getByRole('checkbox', { name: /^다른 언어판이 있음/ }).uncheck();
    await shot('new-article.png');

    // The text: a sentence with a figure and a citation, then a chart.
    await field('본문 · Text').locator('p').first().click();
    await page.keyboard.press('Enter'); // a first line for the sentence, the chart on the second
    await insert('Chart');
    // A block shows its 'Edit' button above its preview.
    await field('본문 · Text').getByRole('button', { name: 'Edit' }).click();
    const chartDialog = await pickInDialog('Chart', 'allocation-gpus', /\(allocation-gpus\)$/);
    await shot('component-menu.png');
    await chartDialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.locator('[data-component=Chart]').count()).toBe(1);
    await toEndOfText();
    await page.keyboard.type('삼성전자에 배정된 물량은 ');
    await insert('Fig');
    await editInline('Fig');
    const figDialog = await pickInDialog('Fig', 'allocation.samsung', /^allocation\.samsung · /);
    await shot('pick-figure.png', figDialog);
    await figDialog.getByRole('button', { name: 'Done' }).click();
    // The editor shows the figure as the page will print it.
    await expect.poll(() => page.locator('[data-component=Fig]').textContent()).toBe('5만\u00a0장 이상');
    await toEndOfText();
    await page.keyboard.type('이다 '); // the menu opens on a / after a space
    await insert('Cite');
    await editInline('Cite');
    const citeDialog = await pickInDialog('Cite', 's1', /^s1 · NVIDIA Newsroom/);
    await citeDialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: '생성' }).click();

    const file = join(copy.root, 'content/articles/ko', `${slug}.mdx`);
    await expect.poll(() => statSync(file, { throwIfNoEntry: false })?.size ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^published: 2025-11-03$/m);
    expect(text).toMatch(/^draft: false$/m);
    expect(text).toMatch(/^translated: false$/m);
    expect(text).toMatch(/^recipients:\n {2}- samsung$/m);
    expect(text).toContain('<Fig id="allocation.samsung" />');
    expect(text).toContain('<Cite id="s1" />');
    expect(text).toMatch(/<Chart id="allocation-gpus" \/>/);
    expect(pageErrors).toEqual([]);
  });

  it('edits the data through forms that name an id outside the lists, and write nothing then', { timeout: 120_000 }, async () => {
    const figures = join(copy.root, 'content/data/figures.yaml');
    const before = readFileSync(figures, 'utf8');
    await open(`${dev.url}/edit/data/figures/?id=allocation.samsung`);
    const recipient = page.locator('#f-recipient');
    expect(await recipient.inputValue()).toBe('samsung');
    await shot('data-form.png');
    // The list offers only recipients.yaml's ids; a form sent by hand (or an old page) could still name another.
    await recipient.evaluate((select: HTMLSelectElement) => {
      select.options[select.selectedIndex]!.value = 'lg';
    });
    await page.getByRole('button', { name: '저장 · Save' }).click();
    const refused = page.locator('[data-refused]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain("'lg' is not in the list for 'recipient'");
    expect(readFileSync(figures, 'utf8')).toBe(before);
  });

  // The content half of `npm run check` (the type half reads src/, not content/, and CI runs it on the project).
  it('writes a file that passes `npm run check`', { timeout: 120_000 }, () => {
    expect(slug).not.toBe('');
    const run = spawnSync(process.execPath, [TSX, 'scripts/check.ts', '--content'], { cwd: copy.root, encoding: 'utf8', env: childEnv() });
    expect(run.stdout + run.stderr).toContain('✓ 콘텐츠 문제 없음 · content OK');
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('writes an article the production build renders, with the figure, the chart and the citation', { timeout: 300_000 }, () => {
    expect(slug).not.toBe('');
    dev.stop();
    const build = astroBuild(copy.root);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(join(copy.root, 'dist/articles', slug, 'index.html'), 'utf8');
    expect(html).toContain('신라 데이터센터 점검');
    expect(html).toMatch(/5만(&nbsp;|\s| )장/);
    expect(html).toMatch(/<figure [^>]*data-chart="allocation-gpus"/);
    expect(html).toMatch(/<a href="#source-s1" data-source="s1">/);
  });

  it('took every screenshot the editors’ guides show, in this run', () => {
    for (const name of EDITING_SHOTS) expect(statSync(join(SHOTS, name)).mtimeMs, name).toBeGreaterThanOrEqual(started);
  });
});
