// `npm run check`: the editor check. First content/ (every problem in every file, in plain Korean and English), then the
// TypeScript types (astro check), which need valid content to run at all, so they wait until the content is clean.
// `npm run check -- --content` skips the types for a quick check while writing. In GitHub Actions (GITHUB_ACTIONS=true)
// it also prints each problem as an annotation, which the pull request shows on the line in question.
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/lib/checks/editor-check';
import { githubAnnotations } from '../src/lib/checks/annotations';
import { formatProblems } from '../src/lib/checks/problems';
import { isoDate } from '../src/lib/format/format';

const contentOnly = process.argv.includes('--content');
const report = checkContent(process.cwd());

console.log(`[check] 콘텐츠 검사 · content: ${report.articleCount} articles`);
for (const u of report.unpublished) {
  const when = isoDate(u.published);
  console.log(
    u.status === 'draft'
      ? `  초안(배포 안 됨) · draft, not on the live site: ${u.file}`
      : `  예약(${when}부터 공개) · scheduled, live from ${when} (at the next build): ${u.file}`,
  );
}
const w = report.warnings.length;
if (w > 0) {
  console.log(`\n⚠ 확인할 점 ${w}건(검사는 통과) · ${w} warning(s), not failures:\n`);
  console.log(formatProblems(report.warnings));
}
const n = report.problems.length;
if (n > 0) {
  console.log(`\n✗ 고칠 문제 ${n}건 · ${n} problem(s) to fix:\n`);
  console.log(formatProblems(report.problems));
  console.log('');
} else {
  console.log('✓ 콘텐츠 문제 없음 · content OK');
}

// In GitHub Actions, the same problems as annotations: a pull request shows each on its line of the changed file.
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const line of githubAnnotations(report.problems, report.warnings)) console.log(line);
}

const runTypes = !contentOnly && n === 0;
let typesOk = true;
if (runTypes) {
  console.log('\n[check] 타입 검사 · types (astro check)');
  typesOk = spawnSync('astro', ['check'], { stdio: 'inherit' }).status === 0;
}

const typesEn = contentOnly
  ? 'types not checked'
  : n > 0
    ? 'types are checked once the content is fixed'
    : typesOk
      ? 'types OK'
      : 'type errors (listed above)';
const typesKo = contentOnly
  ? '타입 검사 생략'
  : n > 0
    ? '타입 검사는 콘텐츠를 고친 뒤에 합니다'
    : typesOk
      ? '타입 정상'
      : '타입 오류(위 목록)';
const parts = [n > 0 ? `content: ${n} problem(s) (listed above)` : 'content OK', typesEn];
const partsKo = [n > 0 ? `콘텐츠 문제 ${n}건(위 목록)` : '콘텐츠 정상', typesKo];
const ok = n === 0 && typesOk;
console.log(
  `\n${ok ? '✓ 검사 통과' : '✗ 검사 실패'}: ${partsKo.join(', ')} · ${ok ? 'check passed' : 'check failed'}: ${parts.join(', ')}`,
);
process.exit(ok ? 0 : 1);
