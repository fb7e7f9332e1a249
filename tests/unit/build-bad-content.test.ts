// The build and `npm run check` fail on a bad article with the same plain-language list, naming file, line and problem.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/editor-check';
import { readContent } from '@/lib/content/read';
import { formatProblems } from '@/lib/checks/problems';
import { startDev } from '../support/dev-server';
import { PROJECT, TSX, applyFixture, astroBuild, childEnv, copyProject } from '../support/project-copy';

/** The production build of `root` fails, printing `list`, before it writes any page. */
function expectBuildFails(root: string, list: string): void {
  const run = astroBuild(root);
  expect(run.status).not.toBe(0);
  expect(run.stdout + run.stderr).toContain(list);
  expect(existsSync(join(root, 'dist/index.html'))).toBe(false);
}

const copy = copyProject({ forBuild: true });
afterAll(() => copy.remove());
applyFixture(copy.root, join(PROJECT, 'tests/fixtures/bad-content/unknown-recipient'));
const expected = formatProblems(checkContent(copy.root).problems);

describe('a bad article', () => {
  it('is the one mistake the fixture holds', () => {
    expect(expected).toContain(
      "content/articles/ko/bad-recipient.mdx:6 [recipients]: 'recipients' lists 'lg', which is not a recipient (government, samsung, sk, hyundai, naver)",
    );
  });

  it('fails `npm run check` with that list', () => {
    const run = spawnSync(process.execPath, [TSX, 'scripts/check.ts'], { cwd: copy.root, encoding: 'utf8', env: childEnv() });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(expected);
    expect(run.stdout).toContain('✗ 검사 실패: 콘텐츠 문제 1건(위 목록)');
  });

  it('fails the production build with the same list, before any page is written', { timeout: 120_000 }, () => {
    expectBuildFails(copy.root, expected);
  });
});

// The MDX half of the check (src/lib/mdx-checks.ts) is a pass of its own, after the schemas and cross-references: a
// problem in an article's body must still stop the build with the list, before Astro compiles the MDX or writes a page.
describe('a bad article body', () => {
  const body = copyProject({ forBuild: true });
  afterAll(() => body.remove());
  applyFixture(body.root, join(PROJECT, 'tests/fixtures/bad-content/unknown-component'));
  const list = formatProblems(checkContent(body.root).problems);

  it('is a problem only the MDX check finds', () => {
    expect(list).toContain('unknown-component.mdx');
    expect(list).toContain('Calout');
    expect(readContent(body.root).problems).toEqual([]);
  });

  it('fails the production build with the same list, before any page is written', { timeout: 120_000 }, () => {
    expectBuildFails(body.root, list);
  });
});

// A date that does not exist is a problem everywhere content is read: never rolled over into another date.
describe('an impossible date (2025-02-30)', () => {
  const bad = copyProject({ forBuild: true });
  afterAll(() => bad.remove());
  applyFixture(bad.root, join(PROJECT, 'tests/fixtures/bad-content/thirtieth-of-february'));
  const list = formatProblems(checkContent(bad.root).problems);

  it('is named by the check with file, line, field and fix', () => {
    expect(list).toBe(
      "content/articles/ko/thirtieth-of-february.mdx:4 [published]: '2025-02-30' is not a date: February 2025 has 28 days; write a real date (YYYY-MM-DD)\n" +
        "    '2025-02-30'은(는) 없는 날짜입니다. 2025년 2월은 28일까지 있습니다. 실제 날짜로 고치세요(YYYY-MM-DD)",
    );
  });

  it('fails the production build with the same list', { timeout: 120_000 }, () => {
    expectBuildFails(bad.root, list);
  });

  it('is listed by the dev server, which serves everything else but not that article', { timeout: 120_000 }, async () => {
    const dev = await startDev(bad.root);
    try {
      expect(dev.log()).toContain(list);
      expect((await fetch(`${dev.url}/articles/deal-value/`)).status).toBe(200);
      expect((await fetch(`${dev.url}/articles/thirtieth-of-february/`)).status).toBe(404);
    } finally {
      dev.stop();
    }
  });
});
