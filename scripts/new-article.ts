// `npm run new`: scaffold a draft article (or a Korean/English pair). Without --title it asks its questions (typed in a
// terminal, or piped); scripts pass flags instead:
//   npm run new -- --lang ko --title "…" --slug samsung-hbm4 [--title-en "…"] [--description "…"] [--recipients a,b] [--tags a,b]
// Never overwrites an existing article.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { dateProblem } from '../src/lib/content/dates';
import { contentPaths } from '../src/lib/content/paths';
import { isLang, type Lang } from '../src/lib/site/i18n';
import { PLACEHOLDER } from '../src/lib/checks/mdx-body';
import { articleTemplate, seoulDate, slugFromTitle, slugProblem, type NewArticle } from '../src/lib/authoring/new-article';
import { readContent } from '../src/lib/content/read';
import { hrefsFor, normalizeBase } from '../src/lib/site/urls';

const USAGE = `사용법 · usage:
  npm run new                                   (질문에 답하며 만들기 · interactive)
  npm run new -- --lang ko --title "제목" --slug english-slug
  npm run new -- --lang both --title "한국어 제목" --title-en "English title" --slug english-slug
  options: --description "…" --recipients samsung,sk --tags deal,analysis --author "…" --published YYYY-MM-DD`;

function fail(en: string, ko: string): never {
  console.error(`✗ ${ko}\n  ${en}`);
  process.exit(1);
}

const { values: flags } = parseArgs({
  options: {
    lang: { type: 'string' },
    title: { type: 'string' },
    'title-en': { type: 'string' },
    slug: { type: 'string' },
    description: { type: 'string' },
    recipients: { type: 'string' },
    tags: { type: 'string' },
    author: { type: 'string' },
    published: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = process.cwd();
const { site } = readContent(root);
const known = { recipients: site.recipients.map((r) => r.id), tags: site.tags.map((t) => t.id) };
// Without --title, ask: in a terminal, or line by line from piped input.
const rl = flags.title
  ? undefined
  : createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
// Reading through the iterator keeps lines that arrive before their question (piped input comes all at once).
const answers = rl?.[Symbol.asyncIterator]();
rl?.on('SIGINT', () => fail('cancelled; nothing was written', '취소했습니다. 아무 파일도 만들지 않았습니다'));

async function ask(question: string, fallback = ''): Promise<string> {
  if (!rl || !answers) return fallback;
  rl.setPrompt(`${question}${fallback ? ` [${fallback}]` : ''}: `);
  rl.prompt();
  const next = await answers.next();
  if (next.done && fallback) return fallback;
  if (next.done) {
    fail(
      `no answer to "${question}": input ended (Ctrl+D); nothing was written\n${USAGE}`,
      `"${question}"에 대한 답이 없습니다(입력 끝). 아무 파일도 만들지 않았습니다`,
    );
  }
  if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
  return next.value.trim() || fallback;
}

const splitIds = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function checkIds(what: { en: string; ko: string }, ids: string[], allowed: string[]): void {
  const bad = ids.filter((id) => !allowed.includes(id));
  if (bad.length > 0) {
    fail(
      `${what.en}: ${bad.join(', ')} unknown; use ${allowed.join(', ')}`,
      `${what.ko}: ${bad.join(', ')}은(는) 없는 값입니다. 가능한 값: ${allowed.join(', ')}`,
    );
  }
}

const langAnswer = flags.lang ?? (await ask('언어 · language (ko / en / both)', 'ko'));
if (langAnswer !== 'both' && !isLang(langAnswer)) {
  fail(`--lang must be ko, en or both, not '${langAnswer}'`, `--lang은 ko, en, both 중 하나여야 합니다('${langAnswer}'이(가) 아님)`);
}
const langs: Lang[] = langAnswer === 'both' ? ['ko', 'en'] : [langAnswer as Lang];

const title = flags.title ?? (await ask(langs[0] === 'en' ? 'Title' : '제목 · title'));
if (!title.trim()) fail(`a title is needed (--title "…")\n${USAGE}`, '제목이 필요합니다(--title "…")');
const titleEn =
  langs.includes('en') && langs[0] === 'ko'
    ? (flags['title-en'] ?? (await ask('영어 제목 · English title', `${PLACEHOLDER}: English title (${title})`)))
    : title;

// The English title (if one was typed) gives the more readable address; a Korean title alone is romanised.
const suggested = slugFromTitle(langs[0] === 'ko' && !titleEn.startsWith(PLACEHOLDER) ? titleEn : title);
const slug = flags.slug ?? (await ask('슬러그(주소에 쓰는 영문) · slug', suggested ?? ''));
if (!slug) {
  fail(
    '--slug is needed: lower-case English words joined by hyphens, e.g. --slug samsung-hbm4',
    '--slug가 필요합니다. 영문 소문자와 하이픈으로 쓰세요. 예: --slug samsung-hbm4',
  );
}
const bad = slugProblem(slug);
if (bad) fail(bad.en, bad.ko);

const description = flags.description ?? (await ask('요약(나중에 써도 됨) · description (can wait)'));
const chosen = splitIds(flags.recipients ?? (await ask(`수혜 기관 · recipients (${known.recipients.join(', ')})`)));
const tags = splitIds(flags.tags ?? (await ask(`태그 · tags (${known.tags.join(', ')})`)));
// Today in Seoul unless another day is given; a date that does not exist (2025-02-30) is refused, never rolled over.
const date = flags.published ?? (await ask('발행일 · publication date (YYYY-MM-DD)', seoulDate()));
rl?.close();
const badDate = dateProblem(date);
if (badDate) fail(`--published: ${badDate.en}`, `발행일: ${badDate.ko}`);
checkIds({ en: '--recipients', ko: '수혜 기관' }, chosen, known.recipients);
checkIds({ en: '--tags', ko: '태그' }, tags, known.tags);

const files = langs.map((lang) => ({ lang, path: join(contentPaths.articles, lang, `${slug}.mdx`) }));
for (const { path } of files) {
  if (existsSync(join(root, path))) {
    fail(
      `${path} already exists; choose another slug, or edit that file`,
      `${path} 파일이 이미 있습니다. 다른 슬러그를 쓰거나 그 파일을 고치세요`,
    );
  }
}
const taken = site.articles.find((a) => langs.includes(a.lang) && a.data.translationKey === slug);
if (taken) {
  fail(
    `${taken.file} already uses translationKey '${slug}'; choose another slug`,
    `${taken.file}이(가) 이미 translationKey '${slug}'를 씁니다. 다른 슬러그를 쓰세요`,
  );
}

const href = hrefsFor(normalizeBase(process.env.BASE_PATH));
console.log('✓ 새 기사(초안)를 만들었습니다 · new draft article(s):');
for (const { lang, path } of files) {
  const article: NewArticle = {
    lang,
    title: lang === 'en' ? titleEn : title,
    slug,
    date,
    description: lang === langs[0] ? description : undefined,
    author: flags.author,
    recipients: chosen,
    tags,
    translated: langs.length === 2,
  };
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), articleTemplate(article, known), { flag: 'wx' });
  console.log(`  ${path.replace(/^\.\//, '')}`);
}
console.log('미리 보기 · preview: npm run dev, then open');
for (const { lang } of files) console.log(`  http://localhost:4321${href.article(lang, slug)}`);
console.log(`초안(draft: true)이라 공개 사이트에는 나오지 않습니다. '${PLACEHOLDER}'를 모두 채우고 npm run check로 확인하세요.`);
console.log(`Drafts stay off the live site. Fill in every '${PLACEHOLDER}', then run npm run check.`);
