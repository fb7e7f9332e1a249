// EDITING.md and EDITING.en.md keep up with the code: every component and prop, and every frontmatter field, is documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '@/lib/content/mdx-components';
import { articleSchema } from '@/lib/content/schemas';
import { EDITING_SHOTS } from '../support/editing-shots';

const docs = { 'EDITING.md': readFileSync('EDITING.md', 'utf8'), 'EDITING.en.md': readFileSync('EDITING.en.md', 'utf8') };

describe.each(Object.entries(docs))('%s', (_name, text) => {
  it('documents every component editors can use, with each of its props', () => {
    for (const [name, spec] of Object.entries(MDX_COMPONENTS)) {
      expect(text, name).toContain(`### \`<${name}`);
      // A switch is written alone (<Fig id="…" historical />); every other prop with a value.
      for (const [prop, p] of Object.entries(spec.props)) {
        expect(text, `${name} ${prop}`).toMatch(new RegExp(`<${name}[^>]*\\b${prop}${p.kind.type === 'flag' ? '\\b' : '='}`));
      }
    }
  });

  it('documents every frontmatter field', () => {
    for (const field of Object.keys(articleSchema.shape)) expect(text, field).toContain(`| \`${field}\` |`);
  });

  it('shows the error format the check prints', () => {
    expect(text).toContain(
      "content/articles/ko/samsung.mdx:6 [recipients]: 'recipients' lists 'lg', which is not a recipient (government, samsung, sk, hyundai, naver)",
    );
  });
});

it('EDITING.md is in Korean and EDITING.en.md in English', () => {
  const hangul = (s: string) => (s.match(/[가-힣]/g) ?? []).length / s.length;
  expect(hangul(docs['EDITING.md'])).toBeGreaterThan(0.2);
  expect(hangul(docs['EDITING.en.md'])).toBeLessThan(0.02);
});

it('both guides show every screenshot the editing test takes, and only those', () => {
  for (const text of Object.values(docs)) {
    const shown = [...text.matchAll(/!\[[^\]]+\]\(docs\/editing\/([^)]+)\)/g)].map((m) => m[1]);
    expect(new Set(shown)).toEqual(new Set(EDITING_SHOTS));
  }
});

it('both guides start with the editing UI and keep the terminal path', () => {
  for (const text of Object.values(docs)) {
    expect(text.indexOf('npm run edit')).toBeLessThan(text.indexOf('npm run new'));
    expect(text).toContain('GitHub Desktop');
    expect(text).toContain('npm run check');
  }
});
