// `npm run new` without flags asks its questions (answers may be typed or piped) and refuses bad answers without writing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TSX, childEnv, copyProject } from '../support/project-copy';

const copy = copyProject();
afterAll(() => copy.remove());
const articles = () => ['ko', 'en'].flatMap((l) => readdirSync(join(copy.root, 'content/articles', l)).map((f) => `${l}/${f}`)).sort();
const before = articles();
const run = (input: string, args: string[] = []) =>
  spawnSync(process.execPath, [TSX, 'scripts/new-article.ts', ...args], { cwd: copy.root, encoding: 'utf8', input, env: childEnv() });

describe('npm run new, answering its questions', () => {
  it('asks for language, titles, slug (suggested from the English title), summary, recipients and tags', () => {
    const out = run(
      'both\n삼성과 HBM4 시험\nSamsung and the HBM4 test\n\nWhat the tests of Samsung’s HBM4 have shown so far.\nsamsung\nhbm\n',
    );
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('슬러그(주소에 쓰는 영문) · slug [samsung-and-the-hbm4-test]');
    const ko = readFileSync(join(copy.root, 'content/articles/ko/samsung-and-the-hbm4-test.mdx'), 'utf8');
    expect(ko).toContain('title: "삼성과 HBM4 시험"');
    expect(ko).toContain('description: "What the tests of Samsung’s HBM4 have shown so far."');
    expect(ko).toContain('recipients: [samsung]');
    expect(readFileSync(join(copy.root, 'content/articles/en/samsung-and-the-hbm4-test.mdx'), 'utf8')).toContain(
      'title: "Samsung and the HBM4 test"',
    );
  });

  it('suggests a romanised slug for a Korean title, and takes it when the answer is empty', () => {
    const out = run('ko\n제목만 있는 기사\n\n\n\n\n');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('슬러그(주소에 쓰는 영문) · slug [jemongman-inneun-gisa]');
    expect(readFileSync(join(copy.root, 'content/articles/ko/jemongman-inneun-gisa.mdx'), 'utf8')).toContain('title: "제목만 있는 기사"');
  });

  it.each([
    ['input that ends before the questions do', 'ko\n', [], '에 대한 답이 없습니다(입력 끝)'],
    ['a title with nothing to make a slug of, and no slug', 'ko\n!!!\n\n', [], '--slug가 필요합니다'],
    ['a slug that is not lower-case words', '', ['--lang', 'ko', '--title', 'x', '--slug', 'Samsung_HBM'], "슬러그 'Samsung_HBM'"],
    [
      'an unknown recipient',
      '',
      ['--lang', 'ko', '--title', 'x', '--slug', 'x-y', '--recipients', 'lg'],
      '수혜 기관: lg은(는) 없는 값입니다',
    ],
    ['an unknown language', '', ['--lang', 'jp', '--title', 'x', '--slug', 'x-y'], '--lang은 ko, en, both 중 하나'],
    [
      'a publication date that does not exist',
      '',
      ['--lang', 'ko', '--title', 'x', '--slug', 'x-y', '--recipients', '', '--tags', '', '--published', '2025-02-30'],
      "발행일: '2025-02-30'은(는) 없는 날짜입니다. 2025년 2월은 28일까지 있습니다",
    ],
    [
      'a thirteenth month typed at the prompt',
      'ko\n제목\nx-y\n\n\n\n2026-13-01\n',
      [],
      "발행일: '2026-13-01'은(는) 없는 날짜입니다. 13월은 없습니다",
    ],
  ])('stops on %s, writing nothing', (_what, input, args, message) => {
    const now = articles();
    const out = run(input, args);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(message);
    expect(articles()).toEqual(now);
  });

  it('left the other articles alone', () => {
    expect(articles().filter((a) => !before.includes(a))).toEqual([
      'en/samsung-and-the-hbm4-test.mdx',
      'ko/jemongman-inneun-gisa.mdx',
      'ko/samsung-and-the-hbm4-test.mdx',
    ]);
    expect(existsSync(join(copy.root, 'content/articles/ko/deal-explained.mdx'))).toBe(true);
  });
});
