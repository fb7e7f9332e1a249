// Adds enough synthetic articles to a project copy (tests/support/project-copy.ts) for every kind of list to run to
// several pages, which the real archive (a few article pairs) never does. The articles pass the content check, are dated
// before the real ones, and are shaped to reach the cases the pagination must handle:
//   - Korean: `count` articles; English: only the first `translated` of them, so the two archives differ in length;
//   - every third carries the tag 'hbm' (a tag list of several pages), the others 'policy';
//   - every fifth is about 'sk' (a recipient with a full list in both languages), every thirteenth about 'naver'
//     (a full list in Korean only: too few English articles for one).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManyArticles {
  /** Korean articles written. */
  count: number;
  /** Of which this many (the first ones) have an English version. */
  translated: number;
}

const TOPICS_KO = ['데이터센터 전력', 'HBM 공급', '소버린 AI 예산', '디지털 트윈', '산업용 로봇', '냉각 설비', '인재 양성', 'GPU 임대'];
const TOPICS_EN = [
  'data-centre power',
  'HBM supply',
  'the sovereign AI budget',
  'digital twins',
  'industrial robots',
  'cooling',
  'training engineers',
  'renting out GPUs',
];

/** 2026-03-01 plus `i` hours, so every article has its own time and the newest-first order is unambiguous. */
function date(i: number): string {
  return new Date(Date.UTC(2026, 2, 1) + i * 3_600_000).toISOString();
}

function frontmatter(lang: 'ko' | 'en', i: number, translated: boolean): string {
  const topic = (lang === 'ko' ? TOPICS_KO : TOPICS_EN)[i % TOPICS_KO.length]!;
  const recipients = [...(i % 5 === 0 ? ['sk'] : []), ...(i % 13 === 0 ? ['naver'] : [])];
  const title = lang === 'ko' ? `시험 기사 ${i}: ${topic}, 어디까지 왔나` : `Test article ${i}: where ${topic} stands`;
  const description =
    lang === 'ko'
      ? `목록 나누기를 시험하려고 만든 ${i}번째 기사입니다. ${topic} 관련 일정과 쟁점을 실제 기사만큼의 길이로 요약했습니다.`
      : `Article ${i}, written to test how lists are split into pages. It sums up the schedule and open questions around ${topic}, at the length of a real standfirst.`;
  return [
    '---',
    `title: "${title}"`,
    `description: "${description}"`,
    `published: ${date(i)}`,
    `author: "${lang === 'ko' ? '시험' : 'Test desk'}"`,
    `recipients: [${recipients.join(', ')}]`,
    `tags: [${i % 3 === 0 ? 'hbm' : 'policy'}]`,
    `translationKey: many-${i}`,
    ...(translated ? [] : ['translated: false']),
    '---',
    '',
    lang === 'ko'
      ? `${topic}에 관한 시험용 본문입니다. 이 글은 목록이 여러 쪽으로 나뉘는지 확인하는 데에만 씁니다.`
      : `A test body about ${topic}. This text exists only to check that lists run to several pages.`,
    '',
  ].join('\n');
}

/** Writes the articles into `root`/content/articles/{ko,en}/many-<i>.mdx. */
export function addManyArticles(root: string, { count, translated }: ManyArticles): void {
  for (const lang of ['ko', 'en'] as const) mkdirSync(join(root, 'content/articles', lang), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const paired = i <= translated;
    writeFileSync(join(root, 'content/articles/ko', `many-${i}.mdx`), frontmatter('ko', i, paired));
    if (paired) writeFileSync(join(root, 'content/articles/en', `many-${i}.mdx`), frontmatter('en', i, true));
  }
}
