// The `_headers` parser, and what public/_headers must always say (security headers, caching); the CSP rules the build
// generates are tested on the built site (tests/e2e/security-headers.test.ts) and in csp-headers.test.ts.
import { describe, expect, it } from 'vitest';
import { cspOf, headerRules, headersFor, parseHeadersFile, patternMatches } from '../support/headers-file';

describe('_headers parser', () => {
  const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n\n/en/*\n  X-B: two words\n  X-A: 2\n');

  it('reads paths and indented headers, skipping comments and blank lines', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: [{ name: 'X-A', value: '1' }], line: 2 },
      {
        pattern: '/en/*',
        headers: [
          { name: 'X-B', value: 'two words' },
          { name: 'X-A', value: '2' },
        ],
        line: 5,
      },
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

describe('public/_headers (what every response gets; the build adds the CSP rules)', () => {
  const rules = headerRules('public/_headers');
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

  it('sets no CSP by hand: the build writes those rules from the pages', () => {
    expect(rules.filter((r) => cspOf(r) !== undefined).map((r) => r.pattern)).toEqual([]);
  });
});
