// What `npm run new` writes: valid frontmatter with TODO where text is missing, a draft, and slugs that make good addresses.
import { describe, expect, it } from 'vitest';
import { articleTemplate, seoulDate, slugFromTitle, slugProblem } from '@/lib/authoring/new-article';
import { splitFrontmatter } from '@/lib/content/read-articles';
import { parseYaml } from '@/lib/content/yaml';
import { articleSchema } from '@/lib/content/schemas';

const known = { recipients: ['government', 'samsung'], tags: ['deal', 'hbm'] };
const parse = (text: string) => {
  const parsed = parseYaml(splitFrontmatter(text)!.frontmatter);
  if ('error' in parsed) throw new Error(parsed.error.en);
  return articleSchema.parse(parsed.source.value);
};

describe('articleTemplate', () => {
  it('writes a draft whose frontmatter passes the schema, marking what is still to write', () => {
    const text = articleTemplate(
      { lang: 'ko', title: '삼성 "HBM4" 검증', slug: 'samsung-hbm4', date: '2026-11-28', translated: false },
      known,
    );
    const data = parse(text);
    expect(data).toMatchObject({
      title: '삼성 "HBM4" 검증',
      draft: true,
      translated: false,
      translationKey: 'samsung-hbm4',
      author: 'GPU 26만 장 분석팀',
    });
    expect(data.description).toMatch(/^TODO: /);
    expect(text).toContain('# 수혜 기관 id: government, samsung');
    expect(text).toContain('# 태그 id(content/data/tags.yaml): deal, hbm');
    expect(splitFrontmatter(text)!.body).toContain('TODO: 첫 문단을 쓰세요.');
  });

  it('fills what it is given, and pairs translations by default', () => {
    const data = parse(
      articleTemplate(
        {
          lang: 'en',
          title: 'Samsung’s bet',
          slug: 'samsung-bet',
          date: '2026-11-28',
          translated: true,
          description: 'What Samsung gets, and what it still has to show.',
          recipients: ['samsung'],
          tags: ['hbm'],
          author: 'A. Writer',
        },
        known,
      ),
    );
    expect(data).toMatchObject({
      description: 'What Samsung gets, and what it still has to show.',
      recipients: ['samsung'],
      tags: ['hbm'],
      author: 'A. Writer',
      translated: true,
    });
  });
});

describe('slugs', () => {
  it('derives a slug from an English title as written', () => {
    expect(slugFromTitle('Samsung’s HBM4 bet: what now?')).toBe('samsungs-hbm4-bet-what-now');
  });

  it('romanises a Korean title as it is read, instead of dropping it', () => {
    expect(slugFromTitle('삼성의 HBM4')).toBe('samseongui-hbm4');
    expect(slugFromTitle('삼성 HBM4 검증, 어디까지 왔나')).toBe('samseong-hbm4-geomjeung-eodikkaji-wanna');
    // Sound changes are written as heard: 신라 → silla, 점검용 → jeomgeomnyong.
    expect(slugFromTitle('신라 점검용')).toBe('silla-jeomgeomnyong');
    for (const title of ['삼성의 도전', '네이버클라우드, 피지컬 AI로']) expect(slugProblem(slugFromTitle(title)!), title).toBeUndefined();
    expect(slugFromTitle('!!! ???')).toBeUndefined();
  });

  it('accepts lower-case words joined by hyphens only, and says why not', () => {
    expect(slugProblem('samsung-hbm4')).toBeUndefined();
    for (const bad of ['Samsung', 'samsung_hbm4', '삼성', '-x', 'a--b', 'a b']) expect(slugProblem(bad), bad).toBeDefined();
    expect(slugProblem('Samsung')!.ko).toContain('영문 소문자');
  });

  it('refuses the slug the article list uses for its later pages', () => {
    expect(slugProblem('page')!.en).toContain("the slug 'page' (the file name) cannot be used");
    expect(slugProblem('page')!.ko).toContain('다음 쪽');
    expect(slugProblem('page-one')).toBeUndefined();
  });
});

describe('seoulDate', () => {
  it('is today in Seoul, which may be tomorrow in UTC', () => {
    expect(seoulDate(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(seoulDate(new Date('2026-11-27T14:00:00Z'))).toBe('2026-11-27');
  });
});
