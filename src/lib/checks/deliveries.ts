// Cross-checks of content/data/deliveries.yaml: one record per recipient, counts that are GPU figures (never typed), known
// sources, a date or sources for every stage reported, counts that do not grow from one stage to the next, and notes
// whose figures exist. Dates are checked by the schema (real calendar dates only).
import { everyStage, resolveStage } from '../content/deliveries';
import type { AnyFigure } from '../content/figures';
import { contentPaths } from '../content/paths';
import { STAGES, type Delivery, type Stage, type WithId } from '../content/schemas';
import type { SiteContent } from '../content/model';
import { LANGS } from '../site/i18n';
import { checkDataText } from './figure-refs';
import { knownIds, type Problem } from './problems';
import { figuresByValue } from './prose';
import { closest } from './suggest';

const file = contentPaths.deliveries;

/** The counts in one list of stages (a record's own, or a batch's) never grow from one stage to the next. */
function growing(
  where: string,
  stages: Partial<Record<(typeof STAGES)[number], Stage>>,
  figures: Map<string, AnyFigure>,
  broken: Set<string>,
): Problem[] {
  // A figure that failed its schema (reported already) has no real value to compare.
  const counted = STAGES.map((key) => resolveStage(key, stages[key], figures)).filter(
    (s) => s.value !== undefined && !broken.has(s.figure!),
  );
  return counted.slice(1).flatMap((s, i) => {
    const before = counted[i]!;
    if (s.value! <= before.value!) return [];
    return [
      {
        file,
        field: `${where}.${s.key}.figure`,
        en: `${s.key} counts ${s.value} ('${s.figure}'), more than ${before.key} (${before.value}, '${before.figure}'); a later stage cannot hold more GPUs than an earlier one: check the figure ids`,
        ko: `${s.key}의 수량 ${s.value}('${s.figure}')이(가) ${before.key}의 수량 ${before.value}('${before.figure}')보다 많습니다. 뒤 단계가 앞 단계보다 많을 수 없으니 수치 id를 확인하세요`,
      },
    ];
  });
}

function checkRecord(
  d: WithId<Delivery>,
  site: SiteContent,
  figures: Map<string, AnyFigure>,
  known: { figures: Set<string>; sources: Set<string> },
): Problem[] {
  const problems: Problem[] = [];
  const broken = site.brokenIds?.figures ?? new Set<string>();
  const refs = { byValue: figuresByValue(figures), known: known.figures, all: figures };
  const figureProblem = (field: string, id: string) => {
    const fig = figures.get(id);
    if (!known.figures.has(id)) {
      const near = closest(id, known.figures);
      problems.push({
        file,
        field,
        en: `'${id}' is not a figure in ${contentPaths.figures}${near ? `; did you mean '${near}'?` : ''} Counts are figure ids, never typed numbers`,
        ko: `'${id}'은(는) ${contentPaths.figures}에 없는 수치입니다${near ? `. '${near}'을(를) 쓰려던 것인가요?` : ''} 수량은 숫자가 아니라 수치 id로 쓰세요`,
      });
    } else if (fig && fig.unit !== 'gpu') {
      problems.push({
        file,
        field,
        en: `'${id}' is counted in '${fig.unit}', not GPUs (unit: gpu); a stage's count must be a number of GPUs`,
        ko: `'${id}'의 단위는 gpu가 아니라 '${fig.unit}'입니다. 단계의 수량은 GPU 수여야 합니다`,
      });
    }
  };
  for (const { path, stage } of everyStage(d)) {
    const where = `${d.id}.${path}`;
    if (stage.figure) figureProblem(`${where}.figure`, stage.figure);
    for (const id of stage.sources) {
      if (!known.sources.has(id)) {
        problems.push({
          file,
          field: `${where}.sources`,
          en: `cites source '${id}', which is not in ${contentPaths.sources}; add the source there or fix the id`,
          ko: `출처 '${id}'을(를) 인용했지만 ${contentPaths.sources}에 없습니다. 출처를 추가하거나 id를 고치세요`,
        });
      }
    }
    if (!stage.figure && stage.sources.length === 0) {
      problems.push({
        file,
        field: where,
        en: 'a stage without a count needs its sources (sources: [s1]); leave the stage out when nothing is reported',
        ko: '수량이 없는 단계에도 출처(sources: [s1])가 필요합니다. 보도된 것이 없으면 단계를 지우세요',
      });
    }
    for (const lang of LANGS) {
      if (stage.note) problems.push(...checkDataText(file, `${where}.note.${lang}`, stage.note[lang], lang, refs));
    }
  }
  d.batches.forEach((b, i) => {
    for (const [j, part] of b.parts.entries()) {
      figureProblem(`${d.id}.batches.${i}.parts.${j}.bought`, part.bought);
      if (part.stateUse) figureProblem(`${d.id}.batches.${i}.parts.${j}.stateUse`, part.stateUse);
    }
    problems.push(...growing(`${d.id}.batches.${i}.stages`, b.stages, figures, broken));
    // The recipient's 'announced' is its allocation and a batch's its own plan: both may be given. The later stages
    // are gathered from the batches, so one given in both places would be counted twice.
    for (const key of STAGES.slice(1)) {
      if (d.stages[key] && b.stages[key]) {
        problems.push({
          file,
          field: `${d.id}.batches.${i}.stages.${key}`,
          en: `'${key}' is given both for ${d.id} and in its batch '${b.id}'; give it in the batches only (the tracker gathers them)`,
          ko: `'${key}' 단계가 ${d.id}와 그 구매분 '${b.id}'에 모두 있습니다. 구매분에만 쓰세요(트래커가 모아 보여 줍니다)`,
        });
      }
    }
  });
  problems.push(...growing(`${d.id}.stages`, d.stages, figures, broken));
  if (site.recipients.length > 0 && !site.recipients.some((r) => r.id === d.id)) {
    problems.push({
      file,
      field: d.id,
      en: `'${d.id}' is not a recipient (${site.recipients.map((r) => r.id).join(', ')}); each record's id is its recipient's id`,
      ko: `'${d.id}'은(는) 수혜 기관이 아닙니다(가능한 값: ${site.recipients.map((r) => r.id).join(', ')}). 항목의 id는 수혜 기관의 id입니다`,
    });
  }
  return problems;
}

/** Every problem in deliveries.yaml; `known` are the figure ids data may use (knownFigureIds). */
export function checkDeliveries(site: SiteContent, figures: Map<string, AnyFigure>, knownFigures: Set<string>): Problem[] {
  const broken = site.brokenIds ?? {};
  const sources = knownIds(
    site.sources.map((s) => s.id),
    broken.sources,
  );
  const problems = site.deliveries.flatMap((d) => checkRecord(d, site, figures, { figures: knownFigures, sources }));
  // Every recipient is tracked, unless the file could not be read (reported already).
  const tracked = knownIds(
    site.deliveries.map((d) => d.id),
    broken.deliveries,
  );
  for (const r of site.recipients) {
    if (!tracked.has(r.id)) {
      problems.push({
        file,
        field: r.id,
        en: `the recipient '${r.id}' has no record; add "- id: ${r.id}" with its announced allocation (stages: announced: figure: ${r.allocation})`,
        ko: `수혜 기관 '${r.id}'의 항목이 없습니다. "- id: ${r.id}"와 발표 물량(stages: announced: figure: ${r.allocation})을 추가하세요`,
      });
    }
  }
  return problems;
}
