// An article paragraph's placeholder height while its layout is deferred: enough lines for its text on a 320 px
// phone, in steps that components.css has a rule for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_LINES, placeholderLines } from '@/lib/format/placeholder-lines';

describe('placeholderLines', () => {
  it('gives the smallest step that holds the text', () => {
    expect(placeholderLines(0, 'ko')).toBe(4);
    expect(placeholderLines(52, 'ko')).toBe(4); // 13 a line
    expect(placeholderLines(53, 'ko')).toBe(8);
    expect(placeholderLines(112, 'en')).toBe(4); // 28 a line
    expect(placeholderLines(113, 'en')).toBe(8);
    expect(placeholderLines(300, 'ko')).toBe(24);
  });

  it('caps a very long paragraph at the largest step', () => {
    expect(placeholderLines(100_000, 'ko')).toBe(40);
  });

  it('allows Korean text more lines than English of the same length', () => {
    expect(placeholderLines(400, 'ko')).toBeGreaterThan(placeholderLines(400, 'en'));
  });

  it('has a rule in components.css for every step', () => {
    const css = readFileSync('src/styles/components.css', 'utf8');
    for (const n of PLACEHOLDER_LINES)
      expect(css, `lines-${n}`).toContain(`.prose > p.lines-${n} {\n    contain-intrinsic-size: auto ${n}lh;`);
  });
});
