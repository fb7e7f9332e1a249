// Shared browser set-up for the e2e tests: one headless Chromium per test file, flags that suit this sandbox.
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = () => inject('baseURL');

/** An absolute URL on the preview server for a site path ('/en/' → http://127.0.0.1:port/base/en/). */
export function url(path: string): string {
  return new URL(path.replace(/^\//, ''), baseURL()).href;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
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
    ([values, types]) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: types }),
    [tags, resultTypes] as const,
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
