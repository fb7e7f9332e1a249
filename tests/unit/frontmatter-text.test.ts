// A frontmatter text wrapped whole in curly quotes (title: “…”): the quotes would reach the page, so the check warns,
// naming the field; a quotation inside the text, or a text that only starts with one, is left alone.
import { describe, expect, it } from 'vitest';
import { quotedFieldWarnings } from '@/lib/checks/frontmatter-text';
import { article } from './fixtures';

const warned = (data: Parameters<typeof article>[2]) => quotedFieldWarnings([article('ko', 'a', data)]);

describe('curly quotes around a frontmatter text', () => {
  it('warn about a title, description or author wrapped in them, naming the field and the straight quotes to use', () => {
    const [w, ...rest] = warned({ title: '“삼성 AI 공장, 착공은 언제”' });
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ file: 'content/articles/ko/a.mdx', field: 'title' });
    expect(w!.en).toContain('the title is wrapped in curly quotes (“…”), which will show on the page');
    expect(w!.en).toContain('use straight quotes (title: "…")');
    expect(w!.ko).toContain('제목(title)이 둥근 따옴표(“…”)로 감싸여 있어');
    expect(warned({ description: '‘A sentence long enough for the schema.’' })[0]?.field).toBe('description');
    expect(warned({ author: '「분석팀」' })[0]?.ko).toContain('필자(author)가');
  });

  it('leave quotations inside a text alone', () => {
    expect(warned({ title: '젠슨 황 “한국에 GPU 26만 장”' })).toEqual([]);
    expect(warned({ title: '“AI 공장” 짓는 삼성' })).toEqual([]);
    expect(warned({ title: '“공장”과 “속도”' })).toEqual([]);
    expect(warned({ title: 'Plain title' })).toEqual([]);
  });
});
