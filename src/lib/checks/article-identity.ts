// Checks of each article's identity: its translation pair (one article per language and key, each with its pair unless
// marked untranslated) and its slug (no address the site uses for something else).
import type { CheckedArticle } from '../content/model';
import type { Lang } from '../site/i18n';
import { PAGE_SEGMENT } from '../site/pagination';
import type { Problem } from './problems';
import { closest } from './suggest';

const LANG_NAME = { ko: { en: 'Korean', ko: '한국어' }, en: { en: 'English', ko: '영어' } } as const;

/**
 * Each Korean article has an English version with the same translationKey (and vice versa), unless marked untranslated,
 * and no two articles in one language share a key. A mistyped or copied key is reported on the file that has it, naming
 * its counterpart: an article whose key is its own file name is taken to be right, and the one that differs to be wrong.
 */
export function checkTranslations(articles: CheckedArticle[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, CheckedArticle[]>();
  for (const a of articles) byKey.set(a.data.translationKey, [...(byKey.get(a.data.translationKey) ?? []), a]);

  // A key used twice in one language belongs to the article named after it (or the first); the others took it by mistake.
  const owners = new Map<CheckedArticle, CheckedArticle>();
  const unpaired: CheckedArticle[] = [];
  for (const [key, group] of byKey) {
    for (const lang of ['ko', 'en'] as const) {
      const same = group.filter((a) => a.lang === lang);
      const owner = same.find((a) => a.slug === key) ?? same[0];
      for (const other of same) if (other !== owner) owners.set(other, owner!);
    }
    const langs = new Set(group.map((a) => a.lang));
    if (langs.size === 1) unpaired.push(...group.filter((a) => a.data.translated && !owners.has(a)));
  }
  unpaired.push(...owners.keys());
  unpaired.sort((a, b) => a.file.localeCompare(b.file));

  // Pair what is left across the languages: the same file name first, else the nearest key.
  const paired = new Set<CheckedArticle>();
  for (const a of unpaired) {
    if (paired.has(a)) continue;
    const others = unpaired.filter((b) => b.lang !== a.lang && !paired.has(b));
    const near = closest(a.data.translationKey, new Set(others.map((b) => b.data.translationKey)));
    const pair = others.find((b) => b.slug === a.slug) ?? others.find((b) => b.data.translationKey === near);
    if (!pair) continue;
    paired.add(a).add(pair);
    const fits = (x: CheckedArticle) => !owners.has(x) && x.slug === x.data.translationKey;
    const wrong = fits(a) === fits(pair) ? [a, pair] : fits(a) ? [pair] : [a];
    for (const w of wrong) {
      const right = w === a ? pair : a;
      const other = LANG_NAME[right.lang];
      const taken = owners.get(w);
      const also = taken
        ? { en: ` ('${w.data.translationKey}' is ${taken.file}'s key)`, ko: `('${w.data.translationKey}'은(는) ${taken.file}의 키입니다)` }
        : { en: '', ko: '' };
      problems.push(
        wrong.length === 1
          ? {
              file: w.file,
              field: 'translationKey',
              en: `translationKey '${w.data.translationKey}' pairs this article with no ${other.en} article${also.en}, but its ${other.en} version, ${right.file}, has translationKey '${right.data.translationKey}': write translationKey: ${right.data.translationKey} in this file`,
              ko: `translationKey가 '${w.data.translationKey}'인 ${other.ko} 기사가 없습니다${also.ko}. 이 기사의 ${other.ko}판인 ${right.file}의 translationKey는 '${right.data.translationKey}'이니, 이 파일에 translationKey: ${right.data.translationKey}로 쓰세요`,
            }
          : {
              file: w.file,
              field: 'translationKey',
              en: `translationKey '${w.data.translationKey}' pairs this article with no ${other.en} article${also.en}; ${right.file} looks like its ${other.en} version but has translationKey '${right.data.translationKey}': write the same key in both files (usually the file name), or set 'translated: false' if they are not a pair`,
              ko: `translationKey가 '${w.data.translationKey}'인 ${other.ko} 기사가 없습니다${also.ko}. ${right.file}이(가) 이 기사의 ${other.ko}판으로 보이지만 translationKey가 '${right.data.translationKey}'입니다. 두 파일에 같은 키(보통 파일 이름)를 쓰거나, 짝이 아니면 'translated: false'로 표시하세요`,
            },
      );
    }
  }

  for (const a of unpaired) {
    if (paired.has(a)) continue;
    const key = a.data.translationKey;
    const owner = owners.get(a);
    if (owner) {
      problems.push({
        file: a.file,
        field: 'translationKey',
        en: `'${key}' is already used by ${owner.file}; each language may have one article per key: give this article its own key${a.slug !== key ? ` (usually its file name: translationKey: ${a.slug})` : ''}`,
        ko: `'${key}'은(는) 이미 ${owner.file}에서 쓰고 있습니다. 한 언어에 키 하나당 기사는 하나입니다. 이 기사에 다른 키${a.slug !== key ? `(보통 파일 이름: translationKey: ${a.slug})` : ''}를 쓰세요`,
      });
      continue;
    }
    const other = a.lang === 'ko' ? 'en' : 'ko';
    problems.push({
      file: a.file,
      field: 'translationKey',
      en: `no ${LANG_NAME[other].en} article has translationKey '${key}'; add content/articles/${other}/${a.slug}.mdx with the same key, or set 'translated: false'`,
      ko: `translationKey '${key}'인 ${LANG_NAME[other].ko} 기사가 없습니다. content/articles/${other}/${a.slug}.mdx를 같은 키로 추가하거나 'translated: false'로 표시하세요`,
    });
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
