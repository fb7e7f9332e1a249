import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/lib/site/theme-script';

describe('inline theme script', () => {
  it('stays under 1 kB', () => {
    expect(Buffer.byteLength(THEME_SCRIPT, 'utf8')).toBeLessThan(1024);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(THEME_SCRIPT)).not.toThrow();
  });

  it('is allowed by the CSP through its hash (computed in astro.config.ts)', () => {
    const config = readFileSync('astro.config.ts', 'utf8');
    expect(config).toMatch(/createHash\('sha256'\)\.update\(THEME_SCRIPT\)/);
    expect(config).toMatch(/scriptDirective:\s*\{\s*hashes:\s*\[themeScriptHash\]/);
    expect(createHash('sha256').update(THEME_SCRIPT).digest('base64')).toHaveLength(44);
  });
});
