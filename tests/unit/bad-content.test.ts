// Each folder in tests/fixtures/bad-content/ is one editor mistake laid over a copy of the real content: the check must
// fail on it (or, for a `warning`, pass while listing it), name the file (and line) and say what is wrong — and report
// nothing else, not even a second problem in the same file, so the fixture tests that one mistake.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/editor-check';
import { formatProblems } from '@/lib/checks/problems';
import { PROJECT, applyFixture, copyProject, type ProjectCopy } from '../support/project-copy';

const FIXTURES = join(PROJECT, 'tests/fixtures/bad-content');
const ko = (name: string) => `content/articles/ko/${name}`;

/**
 * Each mistake: the file the check must name, and what it must say (in English, then in Korean); `warning` when it is
 * listed as something to look at, which does not fail the check.
 */
const CASES: Record<string, { file: string; line?: number; says: string; saysKo: string; warning?: true }[]> = {
  'unknown-recipient': [
    {
      file: ko('bad-recipient.mdx'),
      line: 6,
      says: "'recipients' lists 'lg', which is not a recipient (government, samsung, sk, hyundai, naver)",
      saysKo: "'recipients'에 적힌 'lg'은(는) 수혜 기관이 아닙니다",
    },
  ],
  'missing-field': [{ file: ko('no-description.mdx'), says: "'description' is missing; add it", saysKo: "'description' 항목이 없습니다" }],
  'misspelt-field': [
    {
      file: ko('misspelt-draft.mdx'),
      line: 10,
      says: "'draf' is not a field; did you mean 'draft'?",
      saysKo: "'draft'을(를) 쓰려던 것인가요?",
    },
  ],
  'bad-date': [
    {
      file: ko('bad-date.mdx'),
      line: 4,
      says: "[published]: '다음 주 월요일' is not a date; write it as YYYY-MM-DD",
      saysKo: 'YYYY-MM-DD 형식으로 쓰세요',
    },
  ],
  // What an article says: no relative dates, no figure typed by hand (quotations keep their words).
  'relative-date': [
    {
      file: ko('relative-date.mdx'),
      line: 14,
      says: "[relative date]: '올해' is a relative date and will read wrong as the article ages; write the date itself (e.g. '2026')",
      saysKo: "날짜를 직접 쓰세요(예: '2026년')",
    },
  ],
  'hand-typed-number': [
    {
      file: ko('hand-typed-number.mdx'),
      line: 14,
      says: "[number]: '26만' is typed by hand but is the figure 'allocation.total'",
      saysKo: '<Fig id="allocation.total" />로 쓰세요',
    },
  ],
  'timeline-typed-number': [
    {
      file: 'content/data/timeline.yaml',
      line: 69,
      says: "[2025-10-30-arrival.summary.ko]: '25만' is typed by hand but is the figure 'total.prebriefing': write {fig:total.prebriefing}",
      saysKo: '{fig:total.prebriefing}로 쓰세요',
    },
  ],
  'timeline-unknown-figure': [
    {
      file: 'content/data/timeline.yaml',
      line: 70,
      says: '[2025-10-30-arrival.summary.en]: {fig:total.prebrefing} names no figure; did you mean {fig:total.prebriefing}?',
      saysKo: '없는 수치입니다',
    },
  ],
  'timeline-id-date-mismatch': [
    {
      file: 'content/data/timeline.yaml',
      line: 13,
      says: "[2025-06-ulsan.date]: the id '2025-06-ulsan' starts with 2025-06, but the event's date is 2025-07-22: an id starts with its event's date, so one of the two is wrong",
      saysKo: "id '2025-06-ulsan'의 날짜 부분은 2025-06인데",
    },
  ],
  // A timeline event citing a source with neither date nor url: a warning (both are optional in sources.yaml).
  'timeline-source-untraceable': [
    {
      file: 'content/data/timeline.yaml',
      line: 20,
      says: "[2025-06-ulsan.sources]: cites 's21' (Korea JoongAng Daily), which has neither a date nor a url in content/data/sources.yaml",
      saysKo: '날짜(date)도 주소(url)도 없습니다',
      warning: true,
    },
  ],
  // Dates that do not exist are named, never rolled over into another date (2025-02-30 into 2 March).
  'thirteenth-month': [
    {
      file: ko('thirteenth-month.mdx'),
      line: 4,
      says: "[published]: '2025-13-45' is not a date: there is no month 13",
      saysKo: '13월은 없습니다',
    },
  ],
  'thirtieth-of-february': [
    {
      file: ko('thirtieth-of-february.mdx'),
      line: 4,
      says: "[published]: '2025-02-30' is not a date: February 2025 has 28 days",
      saysKo: '2025년 2월은 28일까지 있습니다',
    },
  ],
  'thirty-first-of-april': [
    {
      file: 'content/data/timeline.yaml',
      line: 74,
      says: "[2025-10-30-naver-mou.date]: '2025-04-31' is not a date: April 2025 has 30 days",
      saysKo: '2025년 4월은 30일까지 있습니다',
    },
  ],
  'source-date-month-13': [
    {
      file: 'content/data/sources.yaml',
      line: 10,
      says: "[s1.date]: '2025-13' is not a date: there is no month 13",
      saysKo: '13월은 없습니다',
    },
  ],
  'unknown-tag': [
    {
      file: ko('unknown-tag.mdx'),
      line: 7,
      says: "'tags' lists 'gpus', which is not in content/data/tags.yaml",
      saysKo: "'gpus'은(는) content/data/tags.yaml에 없습니다",
    },
  ],
  'unknown-figure': [
    {
      file: ko('unknown-figure.mdx'),
      line: 12,
      says: "'allocation.samsng' is not a figure in content/data/figures.yaml; did you mean 'allocation.samsung'?",
      saysKo: 'content/data/figures.yaml에 없는 수치입니다',
    },
  ],
  'unknown-source': [
    {
      file: ko('unknown-source.mdx'),
      line: 10,
      says: "cites source 's999', which is not in content/data/sources.yaml",
      saysKo: "출처 's999'",
    },
  ],
  'missing-translation': [
    { file: ko('no-english.mdx'), says: "no English article has translationKey 'no-english'", saysKo: '영어 기사가 없습니다' },
  ],
  // A typo in the English version's key: reported there, naming the Korean file and its key (not on the Korean file too).
  'translation-key-typo': [
    {
      file: 'content/articles/en/deal-value.mdx',
      line: 9,
      says: "translationKey 'deal-valu' pairs this article with no Korean article, but its Korean version, content/articles/ko/deal-value.mdx, has translationKey 'deal-value': write translationKey: deal-value in this file",
      saysKo: '이 파일에 translationKey: deal-value로 쓰세요',
    },
  ],
  'unclosed-component': [{ file: ko('unclosed.mdx'), line: 14, says: '<Fig> is never closed', saysKo: '<Fig>을(를) 닫지 않았습니다' }],
  'stray-less-than': [{ file: ko('less-than.mdx'), line: 14, says: "'<' must start a component", saysKo: '\\< 로 쓰세요' }],
  'unknown-component': [
    {
      file: ko('unknown-component.mdx'),
      line: 14,
      says: '<Calout> is not a component editors can use; did you mean <Callout>?',
      saysKo: '<Callout>을(를) 쓰려던 것인가요?',
    },
  ],
  // Curly quotes around the title reach the page: a warning (a headline may be a quotation), naming the field.
  'curly-quoted-title': [
    {
      file: ko('curly-quoted-title.mdx'),
      line: 2,
      says: '[title]: the title is wrapped in curly quotes (“…”), which will show on the page: to quote the value, use straight quotes (title: "…"), or none',
      saysKo: '곧은 따옴표(title: "…")를 쓰거나 따옴표를 빼세요',
      warning: true,
    },
  ],
  'html-comment': [
    {
      file: ko('html-comment.mdx'),
      line: 14,
      says: 'an HTML comment <!-- … --> does not work in MDX and stops the build: for a note that stays in the file and never shows on the page, write {/* … */} instead',
      saysKo: '파일에만 남길 메모는 {/* … */}로 쓰세요',
    },
  ],
  'wrong-prop': [{ file: ko('wrong-prop.mdx'), line: 14, says: "<Callout> has no prop 'kind'", saysKo: "'kind' 속성이 없습니다" }],
  'bad-prop-value': [
    { file: ko('bad-prop-value.mdx'), line: 14, says: "<RecipientCard>: 'lg' is not a recipient", saysKo: '수혜 기관이 아닙니다' },
  ],
  'broken-link': [
    {
      file: ko('broken-link.mdx'),
      line: 14,
      says: "the link /articles/deal-explaned/ leads nowhere: there is no Korean article 'deal-explaned'; did you mean /articles/deal-explained/?",
      saysKo: '없는 기사로 연결됩니다',
    },
  ],
  'broken-anchor': [
    {
      file: ko('broken-anchor.mdx'),
      line: 14,
      says: 'the anchor #derived.nothing does not exist on /methodology/',
      saysKo: '#derived.nothing 위치가 없습니다',
    },
  ],
  'missing-alt': [
    {
      file: ko('missing-alt.mdx'),
      line: 14,
      says: 'the image ./missing-alt-chart.png has no alt text',
      saysKo: '대체 텍스트(alt)가 없습니다',
    },
  ],
  'missing-image': [
    { file: ko('missing-image.mdx'), line: 14, says: 'the image ./no-such-chart.png does not exist', saysKo: '파일이 없습니다' },
  ],
  'import-line': [
    { file: ko('import-line.mdx'), line: 12, says: 'articles need no import or export lines', saysKo: 'import/export 줄이 필요 없습니다' },
  ],
  'todo-in-published': [
    {
      file: ko('todo.mdx'),
      line: 14,
      says: "'TODO' marks text still to be written, and this article is not a draft",
      saysKo: '초안이 아닙니다',
    },
  ],
  'link-to-draft': [
    {
      file: ko('links-to-draft.mdx'),
      line: 14,
      says: 'links to /articles/coming-soon/, which is a draft (content/articles/ko/coming-soon.mdx, draft: true) and not on the live site',
      saysKo: '실제 사이트에서는 링크가 끊기니',
    },
  ],
  // An article scheduled for later that live articles link to: one problem on its date, listing the links, not one per link.
  'links-to-scheduled': [
    {
      file: ko('coming-later.mdx'),
      line: 4,
      says: '[published]: this article is scheduled for 2099-12-01, so it is not on the live site yet, but published articles link to it 2 times: content/articles/ko/links-to-later-1.mdx:14, content/articles/ko/links-to-later-2.mdx:14',
      saysKo: '이 기사는 2099-12-01 공개로 예약돼 아직 실제 사이트에 없는데',
    },
  ],
  'frontmatter-syntax': [
    {
      file: ko('unclosed-quote.mdx'),
      line: 2,
      says: 'the frontmatter cannot be read: a quotation mark is opened but never closed; close it at the end of the value (Missing closing "quote)',
      saysKo: '머리말 YAML 문법 오류입니다: 따옴표를 열고 닫지 않았습니다',
    },
  ],
  'data-file-syntax': [
    {
      file: 'content/data/tags.yaml',
      line: 5,
      says: "the YAML cannot be read: bad indentation on line 5: 'name:' starts after 1 space, but 'id' in '- id: money' on line 4, at the same level, starts after 2 spaces: line the two up (indent line 5 by 2 spaces)",
      saysKo: '5번째 줄을 2칸 들여 쓰세요',
    },
  ],
  // A field indented one space too far reads to the parser as a value with ': ' in it: the check names the indentation.
  'data-file-indentation': [
    {
      file: 'content/data/figures.yaml',
      line: 67,
      says: "bad indentation on line 67: 'unit:' starts after 3 spaces, but 'value:' on line 66, at the same level, starts after 2 spaces: line the two up (indent line 67 by 2 spaces)",
      saysKo:
        "67번째 줄의 들여쓰기가 맞지 않습니다. 'unit:'은(는) 3칸 들여 썼는데, 같은 단계인 66번째 줄의 'value:'은(는) 2칸 들여 썼습니다",
    },
  ],
  // figures.yaml unreadable: only its own error, not 'a figure the derived numbers need is missing' as well.
  'figures-file-syntax': [
    {
      file: 'content/data/figures.yaml',
      line: 70,
      says: 'the YAML cannot be read: a quotation mark is opened but never closed; close it at the end of the value',
      saysKo: '따옴표를 열고 닫지 않았습니다',
    },
  ],
  'wrong-folder': [
    {
      file: 'content/articles/kr/wrong-folder.mdx',
      says: 'articles must be in content/articles/ko/ or content/articles/en/',
      saysKo: '폴더에 있어야 합니다',
    },
  ],
  'reserved-slug': [
    {
      file: ko('page.mdx'),
      says: "[slug]: the slug 'page' (the file name) cannot be used: addresses under /articles/page/ belong to the later pages of the article list",
      saysKo: "슬러그 'page'(파일 이름)는 쓸 수 없습니다",
    },
  ],
  'wrong-extension': [{ file: ko('wrong-extension.md'), says: 'only .mdx files become articles', saysKo: '.mdx 파일만 기사가 됩니다' }],
  'allocations-do-not-add-up': [
    {
      file: 'content/data/figures.yaml',
      line: 14,
      says: 'the allocations add up to 270000 (government 50000 + samsung 50000 + sk 50000 + hyundai 50000 + naver 70000) but allocation.total says 260000',
      saysKo: '배정 물량의 합은 270000',
    },
  ],
  'first-batch-parts-do-not-add-up': [
    {
      file: 'content/data/figures.yaml',
      line: 193,
      says: "the three cloud firms' batches add up to 82040 (government.batch-nhn 76560 + government.batch-naver 3056 + government.batch-kakao 2424) but government.first-batch says about 13000",
      saysKo: '클라우드 3사 확보분의 합은 82040',
    },
  ],
  'figure-cites-unknown-source': [
    { file: 'content/data/figures.yaml', line: 71, says: "[allocation.naver.sources]: cites source 's999'", saysKo: "출처 's999'" },
  ],
  'figure-value-with-words': [
    {
      file: 'content/data/figures.yaml',
      line: 66,
      says: '[allocation.naver.value]: value must be a plain number (no commas, units or words)',
      saysKo: 'value는 숫자만 쓰세요',
    },
  ],
  // A figure the site's own numbers are worked out from, renamed: said once, with the id to restore.
  'derived-input-renamed': [
    {
      file: 'content/data/figures.yaml',
      says: "[power.claim-per-gpu-kw]: the figure 'power.claim-per-gpu-kw' is missing, but the numbers the site works out itself (shown on /methodology/) are computed from it: put it back, or if you changed its id, change it back",
      saysKo: "'power.claim-per-gpu-kw' 수치가 없습니다",
    },
  ],
  'figure-value-negative': [
    {
      file: 'content/data/figures.yaml',
      line: 66,
      says: '[allocation.naver.value]: value must not be negative: remove the minus sign',
      saysKo: 'value는 음수일 수 없습니다',
    },
  ],
  // The delivery record (content/data/deliveries.yaml): recipients, figures (never typed counts), sources, real dates, and
  // counts that do not grow from one stage to the next.
  'delivery-unknown-recipient': [
    {
      file: 'content/data/deliveries.yaml',
      line: 90,
      says: "[lg]: 'lg' is not a recipient (government, samsung, sk, hyundai, naver)",
      saysKo: "'lg'은(는) 수혜 기관이 아닙니다",
    },
  ],
  'delivery-unknown-figure': [
    {
      file: 'content/data/deliveries.yaml',
      line: 101,
      says: "[hyundai.stages.announced.figure]: 'allocation.hyundia' is not a figure in content/data/figures.yaml; did you mean 'allocation.hyundai'?",
      saysKo: "'allocation.hyundai'을(를) 쓰려던 것인가요?",
    },
  ],
  'delivery-typed-count': [
    {
      file: 'content/data/deliveries.yaml',
      line: 97,
      says: '[sk.stages.announced.figure]: figure must be the id of a figure in figures.yaml (e.g. allocation.sk), never a typed number',
      saysKo: '숫자를 직접 쓰지 마세요',
    },
  ],
  'delivery-unknown-source': [
    {
      file: 'content/data/deliveries.yaml',
      line: 39,
      says: "[government.batches.0.stages.delivered.sources]: cites source 's280', which is not in content/data/sources.yaml",
      saysKo: "출처 's280'을(를) 인용했지만",
    },
  ],
  'delivery-bad-date': [
    {
      file: 'content/data/deliveries.yaml',
      line: 38,
      says: "[government.batches.0.stages.delivered.date]: '2025-11-31' is not a date: November 2025 has 30 days",
      saysKo: '2025년 11월은 30일까지 있습니다',
    },
  ],
  'delivery-count-grows': [
    {
      file: 'content/data/deliveries.yaml',
      line: 44,
      says: "[government.batches.0.stages.inService.figure]: inService counts 260000 ('allocation.total'), more than purchased (13000, 'government.first-batch')",
      saysKo: '뒤 단계가 앞 단계보다 많을 수 없으니',
    },
  ],
};

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

function checkWith(...fixtures: string[]) {
  const copy = copyProject();
  copies.push(copy);
  for (const f of fixtures) applyFixture(copy.root, join(FIXTURES, f));
  return checkContent(copy.root);
}

describe('the check catches each editor mistake in tests/fixtures/bad-content/', () => {
  it('has a test for every fixture folder, and at least 12 mistakes', () => {
    expect(
      readdirSync(FIXTURES)
        .filter((f) => f !== 'README.md')
        .sort(),
    ).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(12);
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const { problems, warnings } = checkWith(name);
      const out = formatProblems(problems);
      const warned = formatProblems(warnings);
      for (const e of expected) {
        const listed = e.warning ? warned : out;
        const where = e.line ? `${e.file}:${e.line} ` : `${e.file}`;
        const hit = listed.split('\n').findIndex((l) => l.startsWith(where) && l.includes(e.says));
        expect(hit, `expected a line starting "${where}" saying "${e.says}" in:\n${listed}`).toBeGreaterThanOrEqual(0);
        expect(listed.split('\n')[hit + 1], 'the Korean version follows on the next line').toContain(e.saysKo);
      }
      // Only this mistake: no knock-on problems, in other files or in the same one.
      expect(problems, out).toHaveLength(expected.filter((e) => !e.warning).length);
      expect(warnings, warned).toHaveLength(expected.filter((e) => e.warning).length);
    });
  }

  it('accepts the invisible byte-order mark some Windows editors put at the start of a file', () => {
    const copy = copyProject();
    copies.push(copy);
    for (const file of ['content/articles/ko/deal-value.mdx', 'content/data/tags.yaml']) {
      writeFileSync(join(copy.root, file), `\uFEFF${readFileSync(join(copy.root, file), 'utf8')}`);
    }
    const report = checkContent(copy.root);
    expect(formatProblems(report.problems)).toBe('');
    expect(report.site.articles.find((a) => a.file === 'content/articles/ko/deal-value.mdx')?.data.title).toMatch(/^[^\uFEFF]/);
  });

  it('lists every mistake at once when there are many: one bad file hides nothing in the others', () => {
    // All at once, except those that make a whole entry or file unreadable (which rightly silences checks that depend on it).
    const alone = [
      'figure-value-with-words',
      'figure-value-negative',
      'derived-input-renamed',
      'data-file-syntax',
      'data-file-indentation',
      'figures-file-syntax',
      'delivery-bad-date',
    ];
    const names = Object.keys(CASES).filter((n) => !alone.includes(n));
    const { problems, warnings } = checkWith(...names);
    const out = formatProblems([...problems, ...warnings]);
    for (const name of names) {
      for (const e of CASES[name]!) expect(out, name).toContain(e.says);
    }
  });
});
