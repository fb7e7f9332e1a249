// The build and `npm run check` fail on a bad article with the same plain-language list, naming file, line and problem.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/editor-check';
import { readContent } from '@/lib/content/read';
import { formatProblems } from '@/lib/checks/problems';
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
