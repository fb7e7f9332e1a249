// Shared browser set-up for the e2e tests: one headless Chromium per test file, flags that suit this sandbox.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/ensure-chromium.mjs';

export const baseURL = () => inject('baseURL');

/** An absolute URL on the preview server for a site path ('/en/' → http://127.0.0.1:port/base/en/). */
export function url(path: string): string {
  return new URL(path.replace(/^\//, ''), baseURL()).href;
}

/**
 * Which fonts Chromium may use: the machine's own (`system`: with the Korean font the test command installs), or
 * `dejavu-only`: DejaVu Sans, Serif and Sans Mono alone, what Debian's chromium package brings to a machine without
 * fonts — so a layout test also holds where no Korean font is installed.
 */
export type FontSetup = 'system' | 'dejavu-only';

/** fonts-dejavu-core's folder: the only one the `dejavu-only` setup lets fontconfig scan. */
export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';

/**
 * Writes a fontconfig file that scans only DEJAVU_DIR (without the Math TeX Gyre font fonts-dejavu-extra adds there),
 * maps the generic families to DejaVu, and sends every unknown family to sans-serif as the system's 49-sansserif.conf
 * does (without that, fontconfig answers an unknown family with whichever font sorts first). Returns its path, for
 * FONTCONFIG_FILE.
 */
export function dejavuOnlyFontconfig(): string {
  if (!existsSync(join(DEJAVU_DIR, 'DejaVuSans.ttf')))
    throw new Error(`${DEJAVU_DIR}/DejaVuSans.ttf is missing (Debian: fonts-dejavu-core)`);
  const dir = join(tmpdir(), 'gpu260k-fontconfig-dejavu-only');
  mkdirSync(dir, { recursive: true });
  const alias = (generic: string, family: string) =>
    `  <alias><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      `  <dir>${DEJAVU_DIR}</dir>`,
      `  <cachedir>${join(dir, 'cache')}</cachedir>`,
      '  <selectfont><rejectfont><glob>*/DejaVuMathTeXGyre.ttf</glob></rejectfont></selectfont>',
      '  <match target="pattern">',
      ...['sans-serif', 'serif', 'monospace'].map(
        (g) => `    <test qual="all" name="family" compare="not_eq"><string>${g}</string></test>`,
      ),
      '    <edit name="family" mode="append_last"><string>sans-serif</string></edit>',
      '  </match>',
      alias('sans-serif', 'DejaVu Sans'),
      alias('system-ui', 'DejaVu Sans'),
      alias('serif', 'DejaVu Serif'),
      alias('monospace', 'DejaVu Sans Mono'),
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

export async function launch(fonts: FontSetup = 'system'): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    // Chromium reads its fonts through fontconfig, which takes its whole configuration from FONTCONFIG_FILE when set.
    ...(fonts === 'dejavu-only' ? { env: { ...process.env, FONTCONFIG_FILE: dejavuOnlyFontconfig() } } : {}),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/** Collects console errors and page errors, so tests can assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Runs axe-core on the loaded page with the rules of `tags` (e.g. 'wcag2aa'), reporting `resultTypes`. */
export async function runAxe(page: Page, tags: string[], resultTypes: axe.resultGroups[]): Promise<axe.AxeResults> {
  await page.evaluate(axe.source);
  return page.evaluate(
    ([values, types]) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: types }),
    [tags, resultTypes] as const,
  );
}

/**
 * Waits until the page's islands are in place: the loader has put every island's script in (after load, when idle) and
 * each custom element on the page is defined, so controls islands add (a chart's PNG button) are there to be counted.
 */
export async function islandsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('template[data-island]').length === 0, null, { timeout: 20_000 });
  await page.waitForFunction(
    () => [...document.querySelectorAll('*')].every((el) => !el.localName.includes('-') || customElements.get(el.localName) !== undefined),
    null,
    { timeout: 20_000 },
  );
}
/** Presses Tab until the focused element matches `selector`; throws if `limit` presses do not reach it. */
export async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} is not reachable within ${limit} Tab presses`);
}

/** The fonts Chromium really drew an element's text with (DevTools' "Rendered fonts"), by family name. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/**
 * Lays out the blocks the page defers until they near the screen (`content-visibility: auto`, src/styles/components.css)
 * as they are once a reader scrolls to them. Until then Chromium keeps a placeholder: innerText is empty and a box
 * measured inside one can overlap what follows, which no reader ever sees.
 */
export async function renderDeferred(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('body *'))
      if (getComputedStyle(el).contentVisibility === 'auto') {
        el.style.contentVisibility = 'visible';
        n++;
      }
    return n;
  });
}
