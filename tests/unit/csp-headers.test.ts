// The _headers CSP rules the build writes from the pages' own <meta> policies (src/lib/site/csp-headers.ts).
import { describe, expect, it } from 'vitest';
import { cspHeaderRules, formatHeaderRules, headerPolicy, sectionOf } from '@/lib/site/csp-headers';
import { headersFor, parseHeadersFile } from '../support/headers-file';

const A = "default-src 'self'; script-src 'self' 'sha256-a'";
const SEARCH = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'";

describe('sectionOf', () => {
  it.each([
    ['/', '/'],
    ['/en/', '/en/'],
    ['/404.html', '/404.html'],
    ['/articles/x/', '/articles/*'],
    ['/articles/page/2/', '/articles/*'],
    ['/en/tags/hbm/', '/en/tags/*'],
    ['/en/embed/allocation-gpus/', '/en/embed/*'],
  ])('%s is in %s', (path, pattern) => {
    expect(sectionOf(path).pattern).toBe(pattern);
  });
});

describe('cspHeaderRules', () => {
  const pages = [
    { path: '/', policy: A },
    { path: '/articles/a/', policy: A },
    { path: '/articles/b/', policy: A },
    { path: '/search/', policy: SEARCH },
    { path: '/embed/x/', policy: A },
    { path: '/tags/a/', policy: A },
    { path: '/tags/b/', policy: `${A} 'sha256-b'` },
  ];
  const rules = parseHeadersFile(formatHeaderRules(cspHeaderRules(pages)));

  it('gives every page exactly its own <meta> policy plus frame-ancestors, from exactly one rule', () => {
    for (const page of pages) {
      const { headers, duplicates } = headersFor(rules, page.path);
      expect(duplicates, page.path).toEqual([]);
      expect(headers['content-security-policy'], page.path).toBe(headerPolicy(page.policy, sectionOf(page.path).section));
    }
  });

  it('writes one rule for a section whose pages agree, one per page where they differ', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/', '/articles/*', '/search/*', '/embed/*', '/tags/a/', '/tags/b/']);
  });

  it('lets only the embeds be framed by other sites', () => {
    expect(headersFor(rules, '/embed/x/').headers['content-security-policy']).toMatch(/; frame-ancestors \*$/);
    expect(headersFor(rules, '/articles/a/').headers['content-security-policy']).toMatch(/; frame-ancestors 'none'$/);
  });

  it('prefixes the deploy base', () => {
    expect(cspHeaderRules([{ path: '/articles/a/', policy: A }], '/gpu-deal/').map((r) => r.pattern)).toEqual(['/gpu-deal/articles/*']);
  });
});
