// The article collections of the editing UI: one per language folder, with the frontmatter fields and rules of
// articleSchema (src/lib/content/schemas.ts) as form fields, and the body as MDX with the component menu.
import { collection, fields, type BasicFormField, type FormFieldStoredValue } from '@keystatic/core';
import { DEFAULT_AUTHOR, slugFromTitle } from '@/lib/authoring/article-rules';
import type { PickLists } from '@/lib/authoring/pick-lists';
import type { Lang } from '@/lib/site/i18n';
import { contentComponents } from './components';
import { pickMany } from './pick-fields';

/** What the schema and the routes accept as a slug or translationKey ('page' is the article list's later pages). */
const SLUG = /^(?!page$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_RULE = '영문 소문자, 숫자, 하이픈(-)만 씁니다(page 제외) · lower-case letters, digits and hyphens (not "page")';

/** The collection's key in keystatic.config.ts for each language. */
export const ARTICLE_COLLECTION: Record<Lang, string> = { ko: 'articles_ko', en: 'articles_en' };

/**
 * A checkbox whose default for a new article differs from what a file without the field means: a new article starts as
 * a draft, but an article with no `draft:` line is published (articleSchema's default), and must stay so when saved.
 */
function newOnlyDefault(field: BasicFormField<boolean>, whenAbsent: boolean): BasicFormField<boolean> {
  const parse = (value: FormFieldStoredValue) => (value === undefined ? whenAbsent : field.parse(value));
  return { ...field, parse, reader: { parse } };
}

export function articleCollection(lang: Lang, lists: PickLists) {
  const ko = lang === 'ko';
  return collection({
    label: ko ? '한국어 기사 · Korean articles' : '영어 기사 · English articles',
    path: `content/articles/${lang}/*`,
    slugField: 'title',
    format: { contentField: 'body' },
    entryLayout: 'content',
    previewUrl: ko ? '/articles/{slug}/' : '/en/articles/{slug}/',
    columns: ['published', 'draft'],
    schema: {
      title: fields.slug({
        name: { label: '제목 · Title', validation: { isRequired: true } },
        slug: {
          label: '슬러그(주소) · Slug (the address)',
          description: `${ko ? '/articles/' : '/en/articles/'}슬러그/ — 공개한 뒤에는 바꾸지 마세요 · never change it once published`,
          generate: (title) => slugFromTitle(title) ?? '',
          validation: { pattern: { regex: SLUG, message: SLUG_RULE } },
        },
      }),
      description: fields.text({
        label: '요약 · Description',
        description: '20~300자. 목록, 검색 결과, 공유 카드에 나옵니다 · 20–300 characters, shown in lists, search and share cards',
        multiline: true,
        validation: { length: { min: 20, max: 300 } },
      }),
      published: fields.date({
        label: '공개 날짜 · Published',
        description: '미래 날짜면 그날 한국 시간 0시 이후 첫 빌드부터 공개(예약) · a future date schedules it',
        defaultValue: { kind: 'today' },
        validation: { isRequired: true },
      }),
      updated: fields.date({ label: '고친 날짜 · Updated', description: '내용을 고친 날 · the day the text was corrected' }),
      author: fields.text({ label: '필자 · Author', defaultValue: DEFAULT_AUTHOR[lang], validation: { isRequired: true } }),
      recipients: fields.multiselect({ label: '수혜 기관 · Recipients', options: lists.recipients }),
      tags: fields.multiselect({ label: '태그 · Tags', options: lists.tags }),
      translationKey: ko
        ? fields.text({
            label: '번역 짝 열쇠 · translationKey',
            description:
              '보통 슬러그와 같게 씁니다. 영어판이 이 값으로 이 기사를 찾습니다 · usually the slug; the English version points at it',
            validation: { isRequired: true, pattern: { regex: SLUG, message: SLUG_RULE } },
          })
        : fields.relationship({
            label: '한국어판 · The Korean version (translationKey)',
            description: '이 영어 기사의 한국어 원문 · the Korean article this one translates',
            collection: ARTICLE_COLLECTION.ko,
            validation: { isRequired: true },
          }),
      translated: fields.checkbox({
        label: '다른 언어판이 있음 · Has a version in the other language',
        description: '일부러 한 언어로만 낼 때만 끕니다 · untick only when no translation is planned',
        defaultValue: true,
      }),
      featured: fields.checkbox({ label: '홈 맨 위 기사 · Featured on the home page', defaultValue: false }),
      sources: pickMany({
        label: '기사 전체의 출처 · Sources of the whole article',
        description: '<Fig>와 <Cite>의 출처는 저절로 붙습니다 · sources of figures and citations are added by themselves',
        choices: lists.sources,
      }),
      draft: newOnlyDefault(
        fields.checkbox({
          label: '초안 · Draft',
          description: '초안은 공개 사이트에 나오지 않습니다. 공개할 때 끕니다 · drafts stay off the live site; untick to publish',
          defaultValue: true,
        }),
        false,
      ),
      body: fields.mdx({
        label: '본문 · Text',
        components: contentComponents(lists),
        options: {
          heading: [2, 3],
          code: false,
          codeBlock: false,
          image: { directory: `content/articles/${lang}/images`, publicPath: './images/' },
        },
      }),
    },
  });
}
