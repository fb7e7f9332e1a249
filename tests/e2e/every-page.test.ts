// Every built page in Chromium, light and dark, served with public/_headers as a static host would: axe finds no
// WCAG 2.1 A/AA violation, and there is no CSP violation, no console error and no request to another origin.
// With JavaScript off, every page still shows all its text (and so every chart's table of numbers); only controls that
// need JavaScript (marked data-js-only, e.g. 'Download PNG' and the search form) are absent.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isChartPage, isSearchPage } from '../support/page-weight';
import { baseURL, launch, renderDeferred, runAxe, url } from './browser';
import { builtPages } from './dist';
import { serveWithHeadersFile } from './static-host';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** One browser tab per colour scheme, reused for every page, and what it recorded during the current visit. */
interface Tab {
  page: Page;
  console: string[];
  foreign: string[];
  scripts: string[];
}

interface Visit {
  axe: string[];
  console: string[];
  csp: string[];
  foreign: string[];
  /** JavaScript files the page requested. */
  scripts: string[];
  /** The lines of text in <main>, as the reader sees them. */
  text: string[];
  /** The text of controls that only work with JavaScript (marked data-js-only, e.g. 'Download PNG'). */
  jsOnly: string[];
}

let browser: Browser;
const contexts: BrowserContext[] = [];
const tabs = new Map<Scheme | 'no-js', Tab>();

async function openTab(key: Scheme | 'no-js'): Promise<void> {
  const context = await browser.newContext(key === 'no-js' ? { javaScriptEnabled: false } : { colorScheme: key });
  contexts.push(context);
  await serveWithHeadersFile(context, baseURL());
  // Init scripts come from the test harness, not the page, so the CSP does not apply to them.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const tab: Tab = { page, console: [], foreign: [], scripts: [] };
  const origin = new URL(baseURL()).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') tab.console.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => tab.console.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (/^(https?|wss?):$/.test(u.protocol) && u.origin !== origin) tab.foreign.push(req.url());
    if (req.resourceType() === 'script') tab.scripts.push(req.url());
  });
  tabs.set(key, tab);
}

async function load(tab: Tab, path: string, chart: boolean): Promise<void> {
  tab.console.length = 0;
  tab.foreign.length = 0;
  tab.scripts.length = 0;
  const response = await tab.page.goto(url(path), { waitUntil: 'load' });
  if (!response?.ok() && path !== '/404.html') throw new Error(`${path} answered ${response?.status()}`);
  if (chart) {
    // Charts load when scrolled into view: bring each one on screen in turn, then let their scripts finish.
    await tab.page.evaluate(async () => {
      for (const el of document.querySelectorAll('gpu-chart, [data-chart]')) {
        el.scrollIntoView();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    await tab.page.waitForLoadState('networkidle');
  }
}

/** The text lines of <main> as rendered once scrolled to (innerText leaves out what is hidden). */
const mainText = async (page: Page) => {
  await renderDeferred(page);
  return page.evaluate(() =>
    (document.querySelector('main')?.innerText ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
};

/** Runs axe on the loaded page and gathers what the tab recorded. */
async function inspect(tab: Tab): Promise<Visit> {
  const result = await runAxe(tab.page, AXE_TAGS, ['violations']);
  const violations = result.violations.map((v) => {
    const nodes = v.nodes.map((n) => n.target.join(' '));
    const where = nodes.slice(0, 4).join(', ') + (nodes.length > 4 ? ` and ${nodes.length - 4} more` : '');
    return `${v.id} (${v.impact}): ${v.help} — ${where}`;
  });
  return {
    axe: violations,
    console: [...tab.console],
    csp: await tab.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    foreign: [...tab.foreign],
    scripts: [...tab.scripts],
    text: await mainText(tab.page),
    jsOnly: await tab.page.$$eval('main [data-js-only]', (els) =>
      els.flatMap((e) =>
        (e as HTMLElement).innerText
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      ),
    ),
  };
}

async function visit(scheme: Scheme, path: string, chart: boolean): Promise<Visit> {
  const tab = tabs.get(scheme)!;
  await load(tab, path, chart);
  return inspect(tab);
}

beforeAll(async () => {
  browser = await launch();
  for (const key of [...SCHEMES, 'no-js'] as const) await openTab(key);
});
afterAll(async () => {
  for (const context of contexts) {
    // A late request (an island script) may still be in the route handler: let it go quietly before closing.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
  await browser?.close();
});

const pages = builtPages();

describe('the checks themselves', () => {
  it('find every built page', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it('notice an inline script, an image from another origin and an image without alt text', async () => {
    const tab = tabs.get('light')!;
    await load(tab, '/', false);
    await tab.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran"';
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      document.querySelector('main')!.append(script, img);
    });
    await tab.page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 2);
    const found = await inspect(tab);
    expect(await tab.page.getAttribute('html', 'data-injected')).toBeNull();
    expect(found.csp.join('\n')).toMatch(/^script-src-elem blocked inline/m);
    expect(found.csp.join('\n')).toMatch(/^img-src blocked https:\/\/example\.com\/pixel\.png/m);
    expect(found.console.join('\n')).toMatch(/Content Security Policy/);
    expect(found.axe.join('\n')).toMatch(/^image-alt \(critical\)/m);
  });

  it('serve public/_headers: pages carry its CSP, and no other page may frame them', async () => {
    const tab = tabs.get('light')!;
    const response = await tab.page.goto(url('/en/'));
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    tab.console.length = 0;
    await tab.page.goto('about:blank');
    await tab.page.setContent(`<iframe src="${url('/en/')}"></iframe>`);
    await expect.poll(() => tab.console.join('\n')).toMatch(/Framing .*frame-ancestors 'none'/);
  });
});

describe.each(pages.map((p) => ({ path: p.path, chart: isChartPage(p.doc), search: isSearchPage(p.doc) })))(
  '$path',
  ({ path, chart, search }) => {
    const visits = new Map<Scheme, Visit>();
    beforeAll(async () => {
      for (const scheme of SCHEMES) visits.set(scheme, await visit(scheme, path, chart));
    });

    it.each(SCHEMES)('axe, %s scheme: no WCAG 2.1 A or AA violation', (scheme) => {
      expect(visits.get(scheme)!.axe).toEqual([]);
    });

    it('no CSP violation, no console error or warning', () => {
      for (const scheme of SCHEMES) {
        const v = visits.get(scheme)!;
        expect(v.csp, `CSP violations (${scheme})`).toEqual([]);
        expect(v.console, `console (${scheme})`).toEqual([]);
      }
    });

    it('requests nothing from another origin', () => {
      for (const scheme of SCHEMES) expect(visits.get(scheme)!.foreign, scheme).toEqual([]);
    });

    if (!chart && !search) {
      it('requests no JavaScript file (it has no chart)', () => {
        for (const scheme of SCHEMES) expect(visits.get(scheme)!.scripts, scheme).toEqual([]);
      });
    }

    it('with JavaScript off, shows all its text', async () => {
      const tab = tabs.get('no-js')!;
      await load(tab, path, false);
      // Text that is in <main> but not rendered; a closed <details> is fine, it opens without script.
      const hidden = await tab.page.evaluate(() => {
        const out: string[] = [];
        const main = document.querySelector('main');
        if (!main) return ['the page has no <main>'];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          const el = node.parentElement;
          if (!text || !el || el.closest('script, style, template')) continue;
          if (el.closest('details:not([open])') && !el.closest('summary')) continue;
          // A control that only works with JavaScript (the search form) is hidden without it, as it should be.
          if (el.closest('[data-js-only]')) continue;
          if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) out.push(text.slice(0, 80));
        }
        return out;
      });
      expect(hidden, 'text hidden without JavaScript').toEqual([]);
      const withoutJs = new Set(await mainText(tab.page));
      const { text, jsOnly } = visits.get('light')!;
      const missing = text.filter((line) => !withoutJs.has(line) && !jsOnly.includes(line));
      expect(missing, 'text shown with JavaScript but not without').toEqual([]);
      expect(tab.console, 'console without JavaScript').toEqual([]);
      expect(tab.foreign, 'other origins without JavaScript').toEqual([]);
    });
  },
);
