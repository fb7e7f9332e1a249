import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ISLAND_LOADER } from '@/lib/site/island-loader';
import { THEME_SCRIPT } from '@/lib/site/theme-script';
import config from '../../astro.config';
import { sha256Source } from '../support/csp';

const configuredHashes = () =>
  config.security?.csp === true || !config.security?.csp ? [] : (config.security.csp.scriptDirective?.hashes ?? []);
const sha256 = (script: string) => `sha256-${createHash('sha256').update(Buffer.from(script, 'utf8')).digest('base64')}`;

describe('inline theme script', () => {
  it('stays under 1 kB', () => {
    expect(Buffer.byteLength(THEME_SCRIPT, 'utf8')).toBeLessThan(1024);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(THEME_SCRIPT)).not.toThrow();
  });

  // The built pages carry this script and list its hash in their CSP: tests/e2e/security-headers.test.ts.
  it('is allowed by the CSP Astro is configured with, through the SHA-256 of exactly this script', () => {
    expect(configuredHashes()).toEqual([sha256(THEME_SCRIPT), sha256(ISLAND_LOADER)]);
    expect(sha256Source(THEME_SCRIPT)).toBe(`'${sha256(THEME_SCRIPT)}'`);
  });
});

describe('inline island loader', () => {
  it('stays under 400 bytes and is valid JavaScript', () => {
    expect(Buffer.byteLength(ISLAND_LOADER, 'utf8')).toBeLessThan(400);
    expect(() => new Function(ISLAND_LOADER)).not.toThrow();
  });

  it('is allowed by the CSP through the SHA-256 of exactly this script, and nothing else is', () => {
    expect(configuredHashes()).toContain(sha256(ISLAND_LOADER));
    expect(sha256Source(ISLAND_LOADER)).toBe(`'${sha256(ISLAND_LOADER)}'`);
  });
});
