import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/lib/site/theme-script';
import config from '../../astro.config';
import { sha256Source } from '../support/csp';

describe('inline theme script', () => {
  it('stays under 1 kB', () => {
    expect(Buffer.byteLength(THEME_SCRIPT, 'utf8')).toBeLessThan(1024);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(THEME_SCRIPT)).not.toThrow();
  });

  // The built pages carry this script and list its hash in their CSP: tests/e2e/security-headers.test.ts.
  it('is allowed by the CSP Astro is configured with, through the SHA-256 of exactly this script', () => {
    const hashes = config.security?.csp === true || !config.security?.csp ? [] : (config.security.csp.scriptDirective?.hashes ?? []);
    const digest = createHash('sha256').update(Buffer.from(THEME_SCRIPT, 'utf8')).digest('base64');
    expect(hashes).toEqual([`sha256-${digest}`]);
    expect(sha256Source(THEME_SCRIPT)).toBe(`'sha256-${digest}'`);
  });
});
