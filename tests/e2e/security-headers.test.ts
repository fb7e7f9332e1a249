// The CSP of every built page — the <meta> one Astro writes and the one the build writes into dist/_headers from it —
// and the other security headers a static host sends with it. Failures name the page and the directive.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/lib/site/theme-script';
import { parseCsp, scriptSources, sha256Source } from '../support/csp';
import { cspOf, headerRules, headersFor, rulesFor } from '../support/headers-file';
import { builtPages, DIST } from './dist';

const pages = builtPages();
const rules = headerRules();
const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);

describe.each(pages.map((p) => ({ path: p.path, doc: p.doc })))('$path', ({ path, doc }) => {
  const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
  const meta = parseCsp(metas[0]?.getAttribute('content') ?? '');
  const sent = headersFor(rules, path);
  const header = parseCsp(sent.headers['content-security-policy'] ?? '');
  // Executable inline scripts (JSON-LD and other data blocks are never run, so the CSP does not govern them).
  const inline = doc
    .querySelectorAll('script:not([src])')
    .filter((s) => ['', 'text/javascript', 'module'].includes((s.getAttribute('type') ?? '').toLowerCase()));

  it('carries the theme script of src/lib/theme-script.ts, allowed by the SHA-256 of the text it carries in both CSPs', () => {
    const theme = inline.filter((s) => s.text.includes('[data-theme-toggle]'));
    expect(
      theme.map((s) => s.text),
      'the inline theme script, byte for byte',
    ).toEqual([THEME_SCRIPT]);
    const digest = `'sha256-${createHash('sha256').update(theme[0]!.text, 'utf8').digest('base64')}'`;
    expect(scriptSources(meta), '<meta> CSP script-src').toContain(digest);
    expect(scriptSources(header), '_headers CSP script-src').toContain(digest);
  });

  it('has one <meta> CSP that allows no inline script except by hash', () => {
    expect(metas).toHaveLength(1);
    const scripts = scriptSources(meta);
    expect(scripts, 'script-src').not.toContain("'unsafe-inline'");
    expect(scripts, 'script-src').not.toContain("'unsafe-eval'");
    for (const s of inline) expect(scripts, `hash of inline script "${s.text.slice(0, 60)}…"`).toContain(sha256Source(s.text));
  });

  it('gets one CSP from dist/_headers: exactly the <meta> one, plus frame-ancestors', () => {
    expect(sent.duplicates, 'headers set by two rules').toEqual([]);
    const cspRules = rulesFor(rules, path).filter((r) => cspOf(r) !== undefined);
    expect(
      cspRules.map((r) => r.pattern),
      'rules giving this page a CSP',
    ).toHaveLength(1);
    const withoutFraming = new Map([...header].filter(([directive]) => directive !== 'frame-ancestors'));
    expect(withoutFraming).toEqual(meta);
    const scripts = scriptSources(header);
    expect(scripts).not.toContain("'unsafe-inline'");
    for (const s of inline) expect(scripts, `hash of inline script "${s.text.slice(0, 60)}…"`).toContain(sha256Source(s.text));
    expect(header.get('frame-ancestors')).toEqual(isEmbed(path) ? ['*'] : ["'none'"]);
  });

  it('gets nosniff, a referrer policy and a permissions policy', () => {
    expect(sent.headers['x-content-type-options']).toBe('nosniff');
    expect(sent.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(sent.headers['permissions-policy']).toMatch(/camera=\(\)/);
  });
});

describe('the hashes in the pages’ CSPs', () => {
  // Astro also lists bundled scripts (loaded by URL, allowed by 'self') and styles no page inlines; the build drops
  // them (src/lib/site/csp-trim.ts): ~330 bytes gzip of every page's <head>.
  it('are each of an inline script or style some page carries', () => {
    const inlineSources = new Set(
      pages.flatMap((p) => [...p.doc.querySelectorAll('script:not([src]), style')].map((e) => sha256Source(e.text))),
    );
    const listed = new Set(
      pages.flatMap((p) =>
        [...parseCsp(p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '').values()]
          .flat()
          .filter((source) => source.startsWith("'sha256-")),
      ),
    );
    expect(listed.size).toBeGreaterThan(0);
    expect([...listed].filter((source) => !inlineSources.has(source))).toEqual([]);
  });
});

describe('build assets', () => {
  // Pages inline their CSS, so /_astro/ holds only the chart islands' JavaScript (and may not exist without charts).
  const assets = existsSync(`${DIST}/_astro`) ? readdirSync(`${DIST}/_astro`) : [];

  it('every file under /_astro/ is cached for a year, immutably; nothing else is', () => {
    for (const file of [...assets, 'Chart.abc123.js']) {
      expect(headersFor(rules, `/_astro/${file}`).headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
    }
    for (const page of pages) expect(headersFor(rules, page.path).headers['cache-control'], page.path).toBeUndefined();
  });
});

describe('dist/_headers: the rule each kind of page gets its CSP from', () => {
  // Every path matches `/*` (the headers sent everywhere); what matters is which rule gives it its CSP.
  it.each([
    ['/', '/'],
    ['/en/', '/en/'],
    ['/404.html', '/404.html'],
    ['/articles/x/', '/articles/*'],
    ['/en/companies/sk/', '/en/companies/*'],
    ['/search/', '/search/*'],
    ['/en/search/', '/en/search/*'],
    ['/embed/allocation/', '/embed/*'],
    ['/en/embed/allocation/', '/en/embed/*'],
  ])('%s gets its CSP from the rule %s alone', (path, pattern) => {
    expect(
      rulesFor(rules, path)
        .filter((r) => cspOf(r) !== undefined)
        .map((r) => r.pattern),
    ).toEqual([pattern]);
  });

  it('sends no CSP with build assets', () => {
    expect(rulesFor(rules, '/_astro/a.js').map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
  });

  it('allows WebAssembly only on the search pages (Pagefind)', () => {
    const wasm = rules
      .filter((r) => cspOf(r) !== undefined && scriptSources(parseCsp(cspOf(r)!)).includes("'wasm-unsafe-eval'"))
      .map((r) => r.pattern);
    expect(wasm).toEqual(['/search/*', '/en/search/*']);
  });
});
