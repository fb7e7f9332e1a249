// `npm run check` in GitHub Actions: every problem becomes an `::error` (every warning a `::warning`) on its file and
// line, escaped as GitHub requires, so a pull request shows each mistake where it is; elsewhere the output is unchanged.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubAnnotations } from '@/lib/checks/annotations';
import { checkContent } from '@/lib/checks/editor-check';
import { PROJECT, TSX, applyFixture, childEnv, copyProject } from '../support/project-copy';

const RECIPIENT_ERROR =
  "::error file=content/articles/ko/bad-recipient.mdx,line=6,title=편집 검사 · editor check [recipients]::'recipients' lists 'lg', which is not a recipient (government, samsung, sk, hyundai, naver)%0A'recipients'에 적힌 'lg'은(는) 수혜 기관이 아닙니다(가능한 값: government, samsung, sk, hyundai, naver)";

// The real content with one known mistake (tests/fixtures/bad-content/unknown-recipient) and one older figure (a warning).
const copy = copyProject();
applyFixture(copy.root, join(PROJECT, 'tests/fixtures/bad-content/unknown-recipient'));
appendFileSync(join(copy.root, 'content/articles/ko/deal-value.mdx'), '\n목표는 한때 <Fig id="government.target-2030" />이었다.\n');
afterAll(() => copy.remove());

describe('GitHub annotations', () => {
  it('escape %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% of it\r\nnext: a, b')).toBe('50%25 of it%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const [line] = githubAnnotations([{ file: 'content/data/x,y.yaml', line: 3, field: 'a:b', en: '100%\nsure', ko: '확실' }]);
    expect(line).toBe('::error file=content/data/x%2Cy.yaml,line=3,title=편집 검사 · editor check [a%3Ab]::100%25%0Asure%0A확실');
  });

  it('leave out the line when the check does not know it', () => {
    expect(githubAnnotations([{ file: 'content/data/figures.yaml', en: 'e', ko: 'k' }])).toEqual([
      '::error file=content/data/figures.yaml,title=편집 검사 · editor check::e%0Ak',
    ]);
  });

  it('name the fixture’s mistake on its file and line, and the older figure as a warning', () => {
    const report = checkContent(copy.root);
    const lines = githubAnnotations(report.problems, report.warnings);
    expect(lines[0]).toBe(RECIPIENT_ERROR);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^::warning file=content\/articles\/ko\/deal-value\.mdx,line=\d+,title=편집 검사 · editor check \[<Fig>\]::/);
  });

  it('are printed by `npm run check` only in GitHub Actions', { timeout: 60_000 }, () => {
    const check = (env: Record<string, string>) =>
      spawnSync(process.execPath, [TSX, 'scripts/check.ts', '--content'], { cwd: copy.root, encoding: 'utf8', env: childEnv(env) });
    const inActions = check({ GITHUB_ACTIONS: 'true' });
    expect(inActions.status).toBe(1);
    expect(inActions.stdout.split('\n')).toContain(RECIPIENT_ERROR);
    expect(inActions.stdout).toMatch(/^::warning file=content\/articles\/ko\/deal-value\.mdx/m);
    const elsewhere = check({ GITHUB_ACTIONS: '' });
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stdout).not.toContain('::error');
    expect(elsewhere.stdout).toContain("content/articles/ko/bad-recipient.mdx:6 [recipients]: 'recipients' lists 'lg'");
  });
});
