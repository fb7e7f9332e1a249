// Figures inside data text (timeline summaries, delivery notes): written {fig:government.first-batch}, never typed by
// hand, so a correction to the figure reaches the text too. Checks that each reference exists, no figure is typed, and
// the words against each reference fit what it prints (figure-wording.ts).
import type { AnyFigure } from '../content/figures';
import { FIGURE_REF } from '../content/figure-text';
import { contentPaths } from '../content/paths';
import type { TimelineEvent, WithId } from '../content/schemas';
import { LANGS, type Lang } from '../site/i18n';
import type { Problem } from './problems';
import { figureWording, type PlacedFigure } from './figure-wording';
import { figuresByValue, handTypedFigures } from './prose';
import { closest } from './suggest';

/** The text without its {fig:id} references, and where each stood. */
function withoutRefs(text: string): { plain: string; placed: PlacedFigure[] } {
  let plain = '';
  let last = 0;
  const placed: PlacedFigure[] = [];
  for (const m of text.matchAll(FIGURE_REF)) {
    plain += text.slice(last, m.index);
    placed.push({ id: m[1]!, at: plain.length });
    last = m.index + m[0].length;
  }
  return { plain: plain + text.slice(last), placed };
}

/** Problems in one text of a data file: {fig:id} references to no figure, figures typed by hand, misfitting words. */
export function checkDataText(
  file: string,
  field: string,
  text: string,
  lang: Lang,
  figures: { byValue: Map<string, string[]>; known: Set<string>; all: Map<string, AnyFigure> },
): Problem[] {
  const unknown = [...text.matchAll(FIGURE_REF)]
    .map((m) => m[1]!)
    .filter((id) => !figures.known.has(id))
    .map((id): Problem => {
      const near = closest(id, figures.known);
      return {
        file,
        field,
        en: `{fig:${id}} names no figure${near ? `; did you mean {fig:${near}}?` : ''} — use an id from content/data/figures.yaml`,
        ko: `{fig:${id}}은(는) 없는 수치입니다${near ? `. {fig:${near}}을(를) 쓰려던 것인가요?` : ''} content/data/figures.yaml의 id를 쓰세요`,
      };
    });
  const { plain, placed } = withoutRefs(text);
  const typed = handTypedFigures(plain, lang, figures.byValue).map((n): Problem => ({
    file,
    field,
    en: `'${n.raw}' is typed by hand but is the figure '${n.ids[0]}': write {fig:${n.ids[0]}} so the text follows the data`,
    ko: `'${n.raw}'을(를) 직접 썼지만 수치 '${n.ids[0]}'와 같습니다. 데이터를 따르도록 {fig:${n.ids[0]}}로 쓰세요`,
  }));
  const wording = figureWording(plain, placed, lang, figures.all, (id) => `{fig:${id}}`).map((p): Problem => ({
    file,
    field: `${field} (${p.field})`,
    en: p.en,
    ko: p.ko,
  }));
  return [...unknown, ...typed, ...wording];
}

export function checkTimelineText(events: WithId<TimelineEvent>[], figures: Map<string, AnyFigure>, known: Set<string>): Problem[] {
  const refs = { byValue: figuresByValue(figures), known, all: figures };
  return events.flatMap((e) =>
    (['title', 'summary'] as const).flatMap((key) =>
      LANGS.flatMap((lang) => checkDataText(contentPaths.timeline, `${e.id}.${key}.${lang}`, e[key][lang], lang, refs)),
    ),
  );
}
