// What `npm run new` writes: a draft article whose frontmatter passes the check, with TODO where the editor still has to
// write, and comments listing the values each field accepts.
import type { Lang } from '../site/i18n';
import { PLACEHOLDER } from '../checks/mdx-body';
import { DEFAULT_AUTHOR } from './article-rules';

export { DEFAULT_AUTHOR, seoulDate, slugFromTitle, slugProblem } from './article-rules';

export interface NewArticle {
  lang: Lang;
  title: string;
  slug: string;
  /** YYYY-MM-DD */
  date: string;
  description?: string | undefined;
  author?: string | undefined;
  recipients?: string[] | undefined;
  tags?: string[] | undefined;
  /** false when no version in the other language is planned. */
  translated: boolean;
}

/** What the frontmatter comments list as the allowed values. */
export interface KnownIds {
  recipients: string[];
  tags: string[];
}

const q = (s: string) => JSON.stringify(s);
const list = (ids: string[] | undefined) => `[${(ids ?? []).join(', ')}]`;

const TEXT = {
  ko: {
    description: `${PLACEHOLDER}: 기사 내용을 한두 문장으로 요약하세요(20자 이상).`,
    recipients: '수혜 기관 id',
    tags: '태그 id(content/data/tags.yaml)',
    translated: '다른 언어판이 없어서 false입니다. 영어판을 추가하면 이 줄을 지우세요.',
    sources: '기사 전체가 기대는 출처 id(content/data/sources.yaml). <Fig>로 넣은 수치의 출처는 자동으로 붙습니다.',
    draft: '초안: 개발 서버(npm run dev)에서만 보입니다. 공개할 때 false로 바꾸세요.',
    guide: '작성 안내는 EDITING.md에 있습니다. 수치는 Fig, 출처 표시는 Cite, 안내 상자는 Callout 컴포넌트로 넣습니다.',
    lead: `${PLACEHOLDER}: 첫 문단을 쓰세요.`,
    heading: `${PLACEHOLDER}: 소제목`,
    body: `${PLACEHOLDER}: 본문을 쓰세요.`,
  },
  en: {
    description: `${PLACEHOLDER}: summarise the article in a sentence or two (20 characters or more).`,
    recipients: 'recipient ids',
    tags: 'tag ids (content/data/tags.yaml)',
    translated: 'false because there is no Korean version; delete this line when one is added.',
    sources: 'source ids (content/data/sources.yaml) the whole article relies on; figures added with <Fig> bring their own.',
    draft: 'draft: only visible in the dev server (npm run dev). Set to false to publish.',
    guide: 'The guide is EDITING.en.md. Put numbers in with the Fig component, citations with Cite, boxes with Callout.',
    lead: `${PLACEHOLDER}: write the first paragraph.`,
    heading: `${PLACEHOLDER}: a subheading`,
    body: `${PLACEHOLDER}: write the text.`,
  },
} as const;

/** The whole .mdx file for a new article. */
export function articleTemplate(a: NewArticle, known: KnownIds): string {
  const t = TEXT[a.lang];
  const lines = [
    '---',
    `title: ${q(a.title)}`,
    `description: ${q(a.description?.trim() || t.description)}`,
    `published: ${a.date}`,
    `author: ${q(a.author?.trim() || DEFAULT_AUTHOR[a.lang])}`,
    `# ${t.recipients}: ${known.recipients.join(', ')}`,
    `recipients: ${list(a.recipients)}`,
    `# ${t.tags}: ${known.tags.join(', ')}`,
    `tags: ${list(a.tags)}`,
    `translationKey: ${a.slug}`,
    ...(a.translated ? [] : [`# ${t.translated}`, 'translated: false']),
    `# ${t.sources}`,
    'sources: []',
    `# ${t.draft}`,
    'draft: true',
    '---',
    '',
    `{/* ${t.guide} */}`,
    '',
    t.lead,
    '',
    `## ${t.heading}`,
    '',
    t.body,
    '',
  ];
  return lines.join('\n');
}
