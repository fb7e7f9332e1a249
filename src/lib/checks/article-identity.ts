// Checks of each article's identity: its translation pair (one article per language and key, each with its pair unless
// marked untranslated) and its slug (no address the site uses for something else).
import type { CheckedArticle } from '../content/model';
import type { Lang } from '../site/i18n';
import { PAGE_SEGMENT } from '../site/pagination';
import type { Problem } from './problems';

/** Each Korean article has an English version with the same translationKey (and vice versa), unless marked untranslated. */
export function checkTranslations(articles: CheckedArticle[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, CheckedArticle[]>();
  for (const a of articles) byKey.set(a.data.translationKey, [...(byKey.get(a.data.translationKey) ?? []), a]);
  for (const [key, group] of byKey) {
    for (const lang of ['ko', 'en'] as const) {
      const same = group.filter((a) => a.lang === lang);
      for (const dup of same.slice(1)) {
        problems.push({
          file: dup.file,
          field: 'translationKey',
          en: `'${key}' is already used by ${same[0]!.file}; each language may have one article per key`,
          ko: `'${key}'은(는) 이미 ${same[0]!.file}에서 쓰고 있습니다. 한 언어에 키 하나당 기사는 하나입니다`,
        });
      }
    }
    const ko = group.find((a) => a.lang === 'ko');
    const en = group.find((a) => a.lang === 'en');
    const lonely = ko && !en ? ko : en && !ko ? en : undefined;
    if (lonely && lonely.data.translated) {
      const other = lonely.lang === 'ko' ? 'en' : 'ko';
      problems.push({
        file: lonely.file,
        field: 'translationKey',
        en: `no ${other === 'en' ? 'English' : 'Korean'} article has translationKey '${key}'; add content/articles/${other}/${lonely.slug}.mdx with the same key, or set 'translated: false'`,
        ko: `translationKey '${key}'인 ${other === 'en' ? '영어' : '한국어'} 기사가 없습니다. content/articles/${other}/${lonely.slug}.mdx를 같은 키로 추가하거나 'translated: false'로 표시하세요`,
      });
    }
  }
  return problems;
}

/** Slugs that are part of the site's own addresses and so cannot name an article. */
export const RESERVED_SLUGS: readonly string[] = [PAGE_SEGMENT];

/** Why `slug` cannot name an article (it is reserved), or undefined when it can. */
export function reservedSlugProblem(slug: string, lang: Lang): { en: string; ko: string } | undefined {
  if (!RESERVED_SLUGS.includes(slug)) return undefined;
  const list = lang === 'ko' ? '/articles/' : `/${lang}/articles/`;
  return {
    en: `the slug '${slug}' (the file name) cannot be used: addresses under ${list}${slug}/ belong to the later pages of the article list (${list}${slug}/2/, …); rename the file to say what the article is about (e.g. samsung-hbm4.mdx) and keep its translationKey`,
    ko: `슬러그 '${slug}'(파일 이름)는 쓸 수 없습니다. ${list}${slug}/로 시작하는 주소는 기사 목록의 다음 쪽(${list}${slug}/2/ 등)이 씁니다. 기사 내용을 나타내는 이름(예: samsung-hbm4.mdx)으로 파일 이름을 바꾸고 translationKey는 그대로 두세요`,
  };
}

/** No article takes an address the site uses for something else. */
export function checkSlugs(articles: CheckedArticle[]): Problem[] {
  return articles.flatMap((a) => {
    const problem = reservedSlugProblem(a.slug, a.lang);
    return problem ? [{ file: a.file, field: 'slug', ...problem }] : [];
  });
}
