// Cross-checks of all content: references between files, translation pairs and the data's own arithmetic.
// Every problem names the file, the field and the fix, in English and Korean, and all problems are reported at once.
import { UNREADABLE, type SiteContent } from '../content/model';
import { contentPaths } from '../content/paths';
import { GOVERNMENT_BATCHES } from '../content/derived/derive';
import { isoDate } from '../format/format';
import type { Figure, Recipient, WithId } from '../content/schemas';
import { checkSlugs, checkTranslations } from './article-identity';
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
  if (
    broken?.recipients?.size ||
    brokenFigures.has(UNREADABLE) ||
    brokenFigures.has('allocation.total') ||
    recipients.some((r) => brokenFigures.has(r.allocation))
  ) {
    return [];
  }
  if (!total) {
    return [
      {
        file: contentPaths.figures,
        field: 'allocation.total',
        en: "the headline total 'allocation.total' is missing; add it with its sources",
        ko: "전체 물량 'allocation.total' 항목이 없습니다. 출처와 함께 추가하세요",
      },
    ];
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

/** A figure that is the sum of others in figures.yaml: what the parts are, in words, for the message. */
export interface FigureSum {
  total: string;
  parts: readonly string[];
  what: { en: string; ko: string };
}

/**
 * The sums the data must keep besides the allocations: the government's first batch, bought through three cloud
 * firms, and the state's share of it, by firm and by chip. An extra zero in one part is caught here, not by a reader.
 */
export const FIGURE_SUMS: readonly FigureSum[] = [
  { total: 'government.first-batch', parts: GOVERNMENT_BATCHES, what: { en: "the three cloud firms' batches", ko: '클라우드 3사 확보분' } },
  {
    total: 'government.state-use',
    parts: ['government.state-nhn', 'government.state-naver', 'government.state-kakao'],
    what: { en: "the state's share of each firm's batch", ko: '3사 확보분별 정부 활용분' },
  },
  {
    total: 'government.state-use',
    parts: ['government.state-use-b200', 'government.state-use-h200'],
    what: { en: "the B200s and H200s of the state's share", ko: '정부 활용분의 B200과 H200' },
  },
];

/**
 * Whether parts adding up to `sum` agree with the total as the sources word it: exactly; 'about' 13,000 when the sum
 * rounds to it (13,136 does, 82,040 does not); 'more than' or 'up to' on the right side of it.
 */
function agrees(sum: number, total: Pick<Figure, 'value' | 'approx'>): boolean {
  switch (total.approx) {
    case 'exact':
      return sum === total.value;
    case 'more-than':
      return sum >= total.value;
    case 'up-to':
      return sum <= total.value;
    case 'about': {
      let step = 1;
      while (total.value % (step * 10) === 0 && step * 10 <= total.value) step *= 10;
      return Math.abs(sum - total.value) * 2 <= step;
    }
  }
}

const APPROX_TEXT = {
  exact: { en: '', ko: '' },
  about: { en: 'about ', ko: '약 ' },
  'more-than': { en: 'more than ', ko: '' },
  'up-to': { en: 'up to ', ko: '최대 ' },
} as const;

/** Each figure that is a sum agrees with its parts (FIGURE_SUMS); a broken or missing figure is reported on its own. */
export function checkFigureSums(
  figures: WithId<Figure>[],
  broken: SiteContent['brokenIds'] = {},
  sums: readonly FigureSum[] = FIGURE_SUMS,
): Problem[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const brokenFigures = broken?.figures ?? new Set<string>();
  if (brokenFigures.has(UNREADABLE)) return [];
  return sums.flatMap((rule): Problem[] => {
    const total = byId.get(rule.total);
    const parts = rule.parts.map((id) => byId.get(id));
    if (!total || parts.some((p) => !p) || [rule.total, ...rule.parts].some((id) => brokenFigures.has(id))) return [];
    const sum = parts.reduce((n, p) => n + p!.value, 0);
    if (agrees(sum, total)) return [];
    const list = parts.map((p) => `${p!.id} ${p!.value}`).join(' + ');
    const said = APPROX_TEXT[total.approx];
    const koSaid = total.approx === 'more-than' ? `${total.value} 이상` : `${said.ko}${total.value}`;
    const rounding =
      total.approx === 'about'
        ? { en: ' (the parts must round to it)', ko: '(부분의 합을 반올림하면 이 값이 되어야 합니다)' }
        : { en: '', ko: '' };
    return [
      {
        file: contentPaths.figures,
        field: rule.total,
        en: `${rule.what.en} add up to ${sum} (${list}) but ${rule.total} says ${said.en}${total.value}${rounding.en}; correct whichever number is wrong`,
        ko: `${rule.what.ko}의 합은 ${sum}(${list})인데 ${rule.total}은(는) ${koSaid}입니다${rounding.ko}. 틀린 쪽을 고치세요`,
      },
    ];
  });
}

/**
 * A timeline id starts with its event's date, to the month or the day ('2025-12-01-first-batch', '2025-12-sme-allocation'):
 * an id that says another month or day than `date` means one of the two was mistyped or left behind when the other changed.
 */
export function timelineIdDateProblem(id: string, date: string): { en: string; ko: string } | undefined {
  const m = /^(\d{4}-\d{2})(?:-(\d{2}))?(?=-|$)/.exec(id);
  if (!m) return undefined;
  const said = m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  if (date.startsWith(said) && (said.length === 10 || date.slice(0, 7) === said)) return undefined;
  return {
    en: `the id '${id}' starts with ${said}, but the event's date is ${date}: an id starts with its event's date, so one of the two is wrong; correct the date, or the id (and any link to /timeline/#${id})`,
    ko: `id '${id}'의 날짜 부분은 ${said}인데 이 일정의 date는 ${date}입니다. id는 일정의 날짜로 시작하므로 둘 중 하나가 틀렸습니다. date를 고치거나 id를 고치세요(id를 바꾸면 이 일정으로 거는 링크 /timeline/#${id}도 함께 고치세요)`,
  };
}

/** Every reference between content files points at something that exists. */
export function checkReferences(site: SiteContent): Problem[] {
  const problems: Problem[] = [];
  const broken = site.brokenIds ?? {};
  const sourceIds = knownIds(
    site.sources.map((s) => s.id),
    broken.sources,
  );
  const recipientIds = knownIds(
    site.recipients.map((r) => r.id),
    broken.recipients,
  );
  const tagIds = knownIds(
    site.tags.map((t) => t.id),
    broken.tags,
  );
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
    const dated = timelineIdDateProblem(e.id, e.date);
    if (dated) problems.push({ file: contentPaths.timeline, field: `${e.id}.date`, ...dated });
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

  // The newest correction of each article pair: its `updated:` must be at least that day (EDITING.md, corrections).
  const correctedOn = new Map<string, string>();
  for (const c of site.corrections) for (const key of c.articles) if ((correctedOn.get(key) ?? '') < c.date) correctedOn.set(key, c.date);

  for (const a of site.articles) {
    const published = isoDate(a.data.published);
    const updated = a.data.updated && isoDate(a.data.updated);
    if (updated && updated < published) {
      problems.push({
        file: a.file,
        field: 'updated',
        en: `'updated' (${updated}) is before 'published' (${published}); check both dates`,
        ko: `'updated'(${updated})가 'published'(${published})보다 앞섭니다. 두 날짜를 확인하세요`,
      });
    }
    // A translation published after the correction carries the corrected text from the start: no update to date.
    const corrected = correctedOn.get(a.data.translationKey);
    if (corrected && published <= corrected && (!updated || updated < corrected)) {
      problems.push({
        file: a.file,
        field: 'updated',
        en: `${contentPaths.corrections} has a correction of this article dated ${corrected}; set updated: ${corrected}`,
        ko: `${contentPaths.corrections}에 이 기사의 ${corrected} 정정이 있습니다. updated: ${corrected}로 적으세요`,
      });
    }
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

export function checkSite(site: SiteContent): Problem[] {
  return [
    ...checkAllocations(site.figures, site.recipients, site.brokenIds),
    ...checkFigureSums(site.figures, site.brokenIds),
    ...checkReferences(site),
    ...checkTranslations(site.articles),
    ...checkSlugs(site.articles),
  ];
}
