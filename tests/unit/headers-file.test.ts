// The `_headers` parser, and what public/_headers must always say (security headers, caching, CSP without inline script).
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/lib/theme-script';
import { parseCsp, scriptSources, sha256Source } from '../support/csp';
import { cspOf, headerRules, headersFor, parseHeadersFile, patternMatches, rulesFor } from '../support/headers-file';

describe('_headers parser', () => {
  const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n\n/en/*\n  X-B: two words\n  X-A: 2\n');

  it('reads paths and indented headers, skipping comments and blank lines', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: [{ name: 'X-A', value: '1' }], line: 2 },
      { pattern: '/en/*', headers: [{ name: 'X-B', value: 'two words' }, { name: 'X-A', value: '2' }], line: 5 },
    ]);
  });

  it('matches splats and placeholders like the hosts do', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/en/*', '/en/timeline/')).toBe(true);
    expect(patternMatches('/en/*', '/timeline/')).toBe(false);
    expect(patternMatches('/', '/en/')).toBe(false);
    expect(patternMatches('/:lang/embed/*', '/en/embed/x/')).toBe(true);
    expect(patternMatches('/:lang/embed/*', '/en/x/embed/y/')).toBe(false);
    expect(patternMatches('/a.html', '/aXhtml')).toBe(false);
  });

  it('reports a header two rules set for the same path', () => {
    expect(headersFor(rules, '/en/')).toEqual({ headers: { 'x-a': '1, 2', 'x-b': 'two words' }, duplicates: ['x-a'] });
    expect(headersFor(rules, '/')).toEqual({ headers: { 'x-a': '1' }, duplicates: [] });
  });

  it('rejects malformed lines with their line number', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: a header before any path/);
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeadersFile('*.html\n')).toThrow(/line 1: a rule must start with a path/);
  });
});

describe('public/_headers', () => {
  const rules = headerRules();
  const everywhere = headersFor(rules, '/any/path/').headers;

  it('sends nosniff, a referrer policy and a restrictive permissions policy with every response', () => {
    expect(everywhere['x-content-type-options']).toBe('nosniff');
    expect(everywhere['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const features = everywhere['permissions-policy']!.split(/,\s*/);
    expect(features.length).toBeGreaterThanOrEqual(10);
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features).toContain(`${f}=()`);
    for (const f of features) expect(f, 'every feature is switched off').toMatch(/^[a-z-]+=\(\)$/);
  });

  it('caches hashed build assets for a year, immutably, and nothing else', () => {
    expect(headersFor(rules, '/_astro/BaseLayout.abc123.css').headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/').headers['cache-control']).toBeUndefined();
    expect(headersFor(rules, '/favicon.svg').headers['cache-control']).toBeUndefined();
  });

  const cspRules = rules.filter((r) => cspOf(r) !== undefined);

  it.each(cspRules.map((r) => [r.pattern, r] as const))('%s: CSP allows the theme script by hash and no inline script', (_, rule) => {
    const csp = parseCsp(cspOf(rule)!);
    const scripts = scriptSources(csp);
    expect(scripts).toContain("'self'");
    expect(scripts, 'the theme script hash (recompute it when src/lib/theme-script.ts changes)').toContain(sha256Source(THEME_SCRIPT));
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('lets only the chart embed pages be framed by other sites', () => {
    const frameAncestors = (path: string) => {
      const csp = headersFor(rules, path).headers['content-security-policy'];
      return csp ? parseCsp(csp).get('frame-ancestors') : undefined;
    };
    expect(frameAncestors('/embed/allocation/')).toEqual(['*']);
    expect(frameAncestors('/en/embed/allocation/')).toEqual(['*']);
    for (const path of ['/', '/en/', '/articles/x/', '/en/companies/', '/search/', '/en/search/', '/404.html']) {
      expect(frameAncestors(path), path).toEqual(["'none'"]);
    }
  });

  it('allows WebAssembly only on the search pages (Pagefind)', () => {
    const wasm = cspRules.filter((r) => scriptSources(parseCsp(cspOf(r)!)).includes("'wasm-unsafe-eval'")).map((r) => r.pattern);
    expect(wasm).toEqual(['/search/*', '/en/search/*']);
    expect(cspRules.length).toBeGreaterThan(wasm.length);
  });

  it('never sets one header twice for a path', () => {
    for (const path of ['/', '/en/', '/articles/x/', '/en/embed/x/', '/_astro/a.js', '/search/']) {
      expect(headersFor(rules, path).duplicates, path).toEqual([]);
    }
  });

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
    expect(rulesFor(rules, path).filter((r) => cspOf(r) !== undefined).map((r) => r.pattern)).toEqual([pattern]);
  });

  it('sends no CSP with build assets', () => {
    expect(rulesFor(rules, '/_astro/a.js').map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
  });
});
