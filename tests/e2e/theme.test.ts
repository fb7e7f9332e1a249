// Dark mode: follows the system, can be toggled, remembers the choice, and is applied before first paint.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const bg = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('theme', () => {
  it('follows the system colour scheme', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const light = await browser.newContext({ colorScheme: 'light' });
    const d = await dark.newPage();
    const l = await light.newPage();
    await d.goto(url('/'));
    await l.goto(url('/'));
    expect(await d.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await l.getAttribute('html', 'data-theme')).toBe('light');
    expect(await bg(d)).not.toBe(await bg(l));
    await dark.close();
    await light.close();
  });

  it('is applied before the body is parsed (no flash of the wrong theme)', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the theme at the moment the body first exists.
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? '';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(url('/en/'));
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await context.close();
  });

  it('toggles with the button and remembers the choice', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url('/'));
    const before = await bg(page);
    const button = page.locator('[data-theme-toggle]');
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await bg(page)).not.toBe(before);
    await page.goto(url('/en/'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hides the toggle without JavaScript, and the page still follows the system', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(url('/'));
    expect(await page.locator('[data-theme-toggle]').count()).toBe(1);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    expect(await bg(page)).toBe('rgb(17, 19, 21)');
    await context.close();
  });
});
