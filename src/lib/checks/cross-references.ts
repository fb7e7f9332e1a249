// Cross-checks of all content: references between files, translation pairs and the data's own arithmetic.
// Every problem names the file, the field and the fix, in English and Korean, and all problems are reported at once.
import type { Lang } from '../site/i18n';
import { PAGE_SEGMENT } from '../site/pagination';
import { UNREADABLE, type CheckedArticle, type SiteContent } from '../content/model';
import { contentPaths } from '../content/paths';
import type { Figure, Recipient, WithId } from '../content/schemas';
import { knownFigureIds, knownIds, type Problem } from './problems';

const list = (ids: Iterable<string>) => [...ids].join(', ');

/** The allocations must add up to the stated total. */
export function checkAllocations(
  figures: WithId<Figure>[],
  recipients: WithId<Recipient>[],
  broken: SiteContent['brokenIds'] = {},
): Problem[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const total = byId.get('allocation.total');
  const problems: Problem[] = [];
  // A broken allocation entry or file is reported on its own; the sum cannot be checked until it is fixed.
  const brokenFigures = broken?.figures ?? new Set<string>();
  if (broken?.recipients?.size || brokenFigures.has(UNREADABLE) || brokenFigures.has('allocation.total') || recipients.some((r) => brokenFigures.has(r.allocation))) {
    return [];
  }
  if (!total) {
    return [{
      file: contentPaths.figures,
      field: 'allocation.total',
      en: "the headline total 'allocation.total' is missing; add it with its sources",
      ko: "전체 물량 'allocation.total' 항목이 없습니다. 출처와 함께 추가하세요",
    }];
  }
  let sum = 0;
  for (const r of recipients) {
    const fig = byId.get(r.allocation);
    if (!fig) {
      problems.push({
        file: contentPaths.recipients,
        field: `${r.id}.allocation`,
        en: `'${r.allocation}' is not a figure in ${contentPaths.figures}; add it there or fix the id`,
        ko: `'${r.allocation}'은(는) ${contentPaths.figures}에 없는 수치입니다. 그 파일에 추가하거나 id를 고치세요`,
      });
      continue;
    }
    if (fig.unit !== 'gpu') {
      problems.push({
        file: contentPaths.figures,
        field: `${fig.id}.unit`,
        en: `an allocation must be counted in GPUs (unit: gpu), not '${fig.unit}'`,
        ko: `배정 물량의 단위는 gpu여야 합니다('${fig.unit}'이(가) 아님)`,
      });
    }
    sum += fig.value;
  }
  if (problems.length === 0 && sum !== total.value) {
    const parts = recipients.map((r) => `${r.id} ${byId.get(r.allocation)?.value}`).join(' + ');
    problems.push({
      file: contentPaths.figures,
      field: 'allocation.total',
      en: `the allocations add up to ${sum} (${parts}) but allocation.total says ${total.value}; correct whichever number is wrong`,
      ko: `배정 물량의 합은 ${sum}(${parts})인데 allocation.total은 ${total.value}입니다. 틀린 쪽을 고치세요`,
    });
  }
  return problems;
}

/** Every reference between content files points at something that exists. */
export function checkReferences(site: SiteContent): Problem[] {
  const problems: Problem[] = [];
  const broken = site.brokenIds ?? {};
  const sourceIds = knownIds(site.sources.map((s) => s.id), broken.sources);
  const recipientIds = knownIds(site.recipients.map((r) => r.id), broken.recipients);
  const tagIds = knownIds(site.tags.map((t) => t.id), broken.tags);
  const figureIds = knownFigureIds(site);
  const keys = new Set(site.articles.map((a) => a.data.translationKey));

  const unknownSources = (file: string, field: string, ids: string[]) => {
    for (const id of ids) {
      if (!sourceIds.has(id)) {
        problems.push({
          file,
          field,
          en: `cites source '${id}', which is not in ${contentPaths.sources}; add the source there or fix the id`,
          ko: `출처 '${id}'을(를) 인용했지만 ${contentPaths.sources}에 없습니다. 출처를 추가하거나 id를 고치세요`,
        });
      }
    }
  };
  const unknownRecipients = (file: string, field: string, ids: string[]) => {
    const name = field.split('.').pop();
    for (const id of ids) {
      if (!recipientIds.has(id)) {
        problems.push({
          file,
          field,
          en: `'${name}' lists '${id}', which is not a recipient (${list(recipientIds)})`,
          ko: `'${name}'에 적힌 '${id}'은(는) 수혜 기관이 아닙니다(가능한 값: ${list(recipientIds)})`,
        });
      }
    }
  };

  for (const f of site.figures) {
    unknownSources(contentPaths.figures, `${f.id}.sources`, f.sources);
    if (f.recipient) unknownRecipients(contentPaths.figures, `${f.id}.recipient`, [f.recipient]);
    if (f.equivalent && !figureIds.has(f.equivalent)) {
      problems.push({
        file: contentPaths.figures,
        field: `${f.id}.equivalent`,
        en: `'${f.equivalent}' is not a figure; use the id of another figure in this file`,
        ko: `'${f.equivalent}'은(는) 없는 수치입니다. 이 파일에 있는 다른 수치의 id를 쓰세요`,
      });
    }
    if (f.max !== undefined && f.max <= f.value) {
      problems.push({
        file: contentPaths.figures,
        field: `${f.id}.max`,
        en: `max (${f.max}) must be larger than value (${f.value})`,
        ko: `max(${f.max})는 value(${f.value})보다 커야 합니다`,
      });
    }
  }

  for (const r of site.recipients) {
    for (const id of r.figures) {
      if (!figureIds.has(id)) {
        problems.push({
          file: contentPaths.recipients,
          field: `${r.id}.figures`,
          en: `'${id}' is not a figure in ${contentPaths.figures}; check the spelling or add the figure there`,
          ko: `'${id}'은(는) ${contentPaths.figures}에 없는 수치입니다. 철자를 확인하거나 수치를 추가하세요`,
        });
      }
    }
  }

  for (const e of site.timeline) {
    unknownSources(contentPaths.timeline, `${e.id}.sources`, e.sources);
    unknownRecipients(contentPaths.timeline, `${e.id}.recipients`, e.recipients);
    for (const key of e.articles) {
      if (!keys.has(key)) {
        problems.push({
          file: contentPaths.timeline,
          field: `${e.id}.articles`,
          en: `'${key}' is not the translationKey of any article`,
          ko: `'${key}'은(는) 어떤 기사의 translationKey도 아닙니다`,
        });
      }
    }
  }

  for (const c of site.corrections) {
    unknownSources(contentPaths.corrections, `${c.id}.sources`, c.sources);
    for (const key of c.articles) {
      if (!keys.has(key)) {
        problems.push({
          file: contentPaths.corrections,
          field: `${c.id}.articles`,
          en: `'${key}' is not the translationKey of any article; name the corrected article by its translationKey`,
          ko: `'${key}'은(는) 어떤 기사의 translationKey도 아닙니다. 바로잡은 기사의 translationKey를 쓰세요`,
        });
      }
    }
  }

  for (const a of site.articles) {
    unknownRecipients(a.file, 'recipients', a.data.recipients);
    unknownSources(a.file, 'sources', a.data.sources);
    for (const tag of a.data.tags) {
      if (!tagIds.has(tag)) {
        problems.push({
          file: a.file,
          field: 'tags',
          en: `'tags' lists '${tag}', which is not in ${contentPaths.tags}; use one of ${list(tagIds)} or add it there`,
          ko: `'tags'에 적힌 '${tag}'은(는) ${contentPaths.tags}에 없습니다. 있는 태그를 쓰거나 그 파일에 추가하세요`,
        });
      }
    }
  }
  return problems;
}

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

export function checkSite(site: SiteContent): Problem[] {
  return [
    ...checkAllocations(site.figures, site.recipients, site.brokenIds),
    ...checkReferences(site),
    ...checkTranslations(site.articles),
    ...checkSlugs(site.articles),
  ];
}
