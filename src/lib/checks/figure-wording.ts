// The words an editor writes against a figure must fit the text the figure prints, which the editor does not see while
// writing: a Korean particle after it ('약 5만 2,000장' takes 으로, not 로) and an English article before it ('the about
// ₩100 million'). Shared by the article prose check (<Fig id="…" />) and the data-text check ({fig:id}).
import { figureText, type AnyFigure } from '../content/figures';
import { josa, type Particle } from '../format/josa';
import type { Lang } from '../site/i18n';

/** A figure inside a text, at the length of the text before it (the text itself leaves the figures out). */
export interface PlacedFigure {
  id: string;
  at: number;
}

export interface WordingProblem<F extends PlacedFigure = PlacedFigure> {
  figure: F;
  field: 'particle' | 'figure wording';
  en: string;
  ko: string;
}

/**
 * A particle written straight after a figure, by the pair it belongs to. 으로/로 is recognised before any ending (로서,
 * 로는); the others only as a whole word, so 이다, 이었다 or a word that merely starts with 가 are left alone.
 */
const PARTICLE_AFTER = /^(?:(으로|로)|(이|가|은|는|을|를|과|와)(?![가-힣]))/;
const PAIR_OF: Record<string, Particle> = {
  으로: '으로',
  로: '으로',
  이: '이',
  가: '이',
  은: '은',
  는: '은',
  을: '을',
  를: '을',
  과: '과',
  와: '과',
};

/** The approximation words a figure's text may open with, by language. */
const OPENERS: Record<Lang, string[]> = { ko: ['약', '최대'], en: ['about', 'up to', 'more than'] };

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word the figure already prints, written again beside it: '약 <Fig/>' reads '약 약 6만 장', '<Fig/> GPUs' reads
 * '60,000 GPUs GPUs'. Returns the doubled words.
 */
function doubledWords(before: string, after: string, printed: string, lang: Lang): string[] {
  const doubled: string[] = [];
  const opener = OPENERS[lang].find((w) => printed.startsWith(`${w} `));
  if (opener && new RegExp(`(^|[\\s(])${escape(opener)}[\\s\u00a0]*$`, 'i').test(before)) doubled.push(opener);
  const last = printed.split(/[\s\u00a0]/).at(-1);
  if (
    last &&
    !/\)$/.test(last) &&
    !/^[\d.,]+$/.test(last) &&
    new RegExp(`^[\\s\u00a0]?${escape(last)}(?![\\p{L}\\p{N}])`, 'iu').test(after)
  )
    doubled.push(last);
  return doubled;
}

/**
 * Every misfit in `text` around the `placed` figures. `written(id)` is how the editor writes the figure, for the
 * message; `quoted[i]` marks characters inside a quotation, whose words are someone else's. Unknown ids are skipped:
 * the figure-reference checks name those.
 */
export function figureWording<F extends PlacedFigure>(
  text: string,
  placed: F[],
  lang: Lang,
  figures: Map<string, AnyFigure>,
  written: (id: string) => string,
  quoted: boolean[] = [],
): WordingProblem<F>[] {
  return placed.flatMap((figure): WordingProblem<F>[] => {
    if (!figures.has(figure.id) || quoted[figure.at]) return [];
    const printed = figureText(figures, figure.id, lang);
    const ref = written(figure.id);
    const doubled = doubledWords(text.slice(0, figure.at), text.slice(figure.at), printed, lang).map((word): WordingProblem<F> => ({
      figure,
      field: 'figure wording',
      en: `${ref} prints '${printed}', which has '${word}' already: delete the '${word}' written beside it`,
      ko: `${ref}의 글자 '${printed}'에 '${word}'이(가) 이미 들어 있습니다. 옆에 따로 쓴 '${word}'을(를) 지우세요`,
    }));
    if (doubled.length) return doubled;
    if (lang === 'ko') {
      const particle = text.slice(figure.at).match(PARTICLE_AFTER)?.[0];
      if (!particle) return [];
      const right = josa(printed, PAIR_OF[particle]!).slice(printed.length);
      if (right === particle) return [];
      return [
        {
          figure,
          field: 'particle',
          en: `${ref} prints '${printed}', so the particle after it is '${right}', not '${particle}': write ${ref}${right}`,
          ko: `${ref}의 글자는 '${printed}'입니다. 뒤에 붙는 조사는 '${particle}' 대신 '${right}' — 바르게 쓰면 ${ref}${right}`,
        },
      ];
    }
    const article = text.slice(0, figure.at).match(/\b(a|an|the)\s+$/i)?.[1];
    const approx = OPENERS.en.find((w) => printed.startsWith(`${w} `));
    if (!article || !approx) return [];
    return [
      {
        figure,
        field: 'figure wording',
        en: `${ref} prints '${printed}', so '${article} ${ref}' reads '${article} ${approx} …': put the figure after the noun it measures (e.g. 'a tender of ${ref}') or reword without '${article}'`,
        ko: `${ref}의 글자가 '${printed}'라서 '${article} ${approx} …'로 읽힙니다. 수치를 명사 뒤로 옮기거나(예: 'a tender of ${ref}') '${article}' 없이 고쳐 쓰세요`,
      },
    ];
  });
}
