// Schema errors as editors read them: which field, what is wrong, how to fix it, in English and Korean.
import { describe, expect, it } from 'vitest';
import { articleSchema, figureSchema } from '@/lib/content/schemas';
import { closest, editDistance } from '@/lib/checks/suggest';
import { zodProblems } from '@/lib/checks/zod-problems';

const articleProblems = (data: Record<string, unknown>) => {
  const r = articleSchema.safeParse(data);
  if (r.success) return [];
  return zodProblems('a.mdx', '', r.error, Object.keys(articleSchema.shape));
};
const valid = {
  title: 'T',
  description: 'A description long enough for the schema.',
  published: '2026-11-01',
  author: 'Desk',
  translationKey: 'story',
};

describe('zodProblems', () => {
  it('accepts a valid article', () => {
    expect(articleProblems(valid)).toEqual([]);
  });

  it('names a missing field and says to add it', () => {
    const { title: _t, ...rest } = valid;
    expect(articleProblems(rest)).toEqual([
      { file: 'a.mdx', field: 'title', en: "'title' is missing; add it", ko: "'title' 항목이 없습니다. 추가하세요" },
    ]);
  });

  it('catches a misspelt field, one problem per field, with a suggestion', () => {
    const out = articleProblems({ ...valid, draf: true, publised: '2026-01-01' });
    expect(out.map((p) => p.field)).toEqual(['draf', 'publised']);
    expect(out[0]!.en).toMatch(/^'draf' is not a field; did you mean 'draft'\? \(allowed: title, description, /);
    expect(out[1]!.ko).toContain("'published'을(를) 쓰려던 것인가요?");
  });

  it('gives the Korean version of the schema’s own messages', () => {
    const [p] = articleProblems({ ...valid, published: 20261128 });
    expect(p).toMatchObject({
      field: 'published',
      en: 'published must be a date: YYYY-MM-DD',
      ko: 'published는 YYYY-MM-DD 형식의 날짜여야 합니다',
    });
    const [q] = articleProblems({ ...valid, published: 'next Monday' });
    expect(q).toMatchObject({
      field: 'published',
      en: "'next Monday' is not a date; write it as YYYY-MM-DD",
      ko: "'next Monday'은(는) 날짜 형식이 아닙니다. YYYY-MM-DD 형식으로 쓰세요",
    });
  });

  it('explains wrong types and values in plain words', () => {
    const out = articleProblems({ ...valid, draft: 'yes', recipients: 'samsung', title: '' });
    expect(out).toContainEqual(expect.objectContaining({ field: 'draft', en: "'draft' must be true or false" }));
    expect(out).toContainEqual(expect.objectContaining({ field: 'recipients', en: "'recipients' must be a list, e.g. [a, b]" }));
    expect(out).toContainEqual(expect.objectContaining({ field: 'title', en: 'title is empty', ko: '제목(title)이 비어 있습니다' }));
  });

  it('prefixes a data entry’s id to the field', () => {
    const r = figureSchema.safeParse({
      value: '6만',
      unit: 'gpus',
      approx: 'about',
      label: { ko: 'a', en: 'b' },
      sources: ['s1'],
      asOf: '2025-10-31',
    });
    const out = zodProblems('figures.yaml', 'allocation.naver', r.error!);
    expect(out.map((p) => p.field)).toEqual(['allocation.naver.value', 'allocation.naver.unit']);
    expect(out[1]!.en).toMatch(/^unit must be one of gpu, krw/);
    expect(out[1]!.ko).toMatch(/^unit은 gpu, krw/);
  });
});

describe('closest', () => {
  it('suggests a near name, and nothing for a far one', () => {
    expect(editDistance('draf', 'draft')).toBe(1);
    expect(closest('Calout', ['Fig', 'Callout', 'Cite'])).toBe('Callout');
    expect(closest('samsng', ['samsung', 'sk'])).toBe('samsung');
    expect(closest('zzz', ['samsung', 'naver'])).toBeUndefined();
  });
});
