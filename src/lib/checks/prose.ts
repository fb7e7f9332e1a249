// Rules for what an article says, on its prose (src/lib/content/mdx-prose.ts): no relative dates (they go wrong as the
// article ages), no number typed by hand that is one of the site's figures (it would not follow a correction to the
// data), and the words written against a <Fig> must fit the text it prints (a particle, an article). Quotations are
// someone else's words and keep theirs.
import type { AnyFigure } from '../content/figures';
import type { ProseBlock } from '../content/mdx-prose';
import { figureWording } from './figure-wording';
import type { Lang } from '../site/i18n';
import { numbersInText, type NumberKind } from './numbers-in-text';
import type { Problem } from './problems';

/** Relative dates, and the year each one means for an article published in `year`. */
const RELATIVE_KO: [word: string, offset: number | undefined][] = [
  ['재작년', -2],
  ['지난해', -1],
  ['작년', -1],
  ['올해', 0],
  ['금년', 0],
  ['내년', 1],
  ['내후년', 2],
  ['지난달', undefined],
  ['이달', undefined],
  ['이번 달', undefined],
  ['다음 달', undefined],
];
const RELATIVE_EN = /\b(last|this|next) (year|month)\b/gi;

/**
 * Which characters of a block's text are inside quotation marks (“…”, ‘…’, 「…」, 『…』). Smart punctuation turns a
 * quote mark written before a Hangul word into a closing one (’10조 원’), so a closing mark after a space or at the
 * start opens a quotation; ’ inside a word is an apostrophe (Korea’s).
 */
function quotedMask(text: string): boolean[] {
  const chars = [...text];
  const mask: boolean[] = [];
  let double = 0;
  let single = 0;
  chars.forEach((ch, i) => {
    const before = i === 0 ? ' ' : chars[i - 1]!;
    const after = chars[i + 1] ?? ' ';
    const opensAfterSpace = /[\s(（[]/.test(before) && !/\s/.test(after);
    if (ch === '“' || ch === '「' || ch === '『' || (ch === '”' && opensAfterSpace && double === 0)) double++;
    else if (ch === '‘' || (ch === '’' && opensAfterSpace && single === 0)) single++;
    else {
      mask.push(double > 0 || single > 0);
      if ((ch === '”' || ch === '」' || ch === '』') && double > 0) double--;
      if (ch === '’' && single > 0 && !/[\p{L}\p{N}]/u.test(after)) single--;
      return;
    }
    mask.push(true);
  });
  return mask;
}

interface Located {
  text: string;
  quoted: boolean[];
  /** The line of a character of `text`. */
  lineAt(index: number): number;
}

/** A block's runs joined into one text (runs are parts of one sentence around a component), with their lines. */
function locate(block: ProseBlock): Located {
  const starts: { at: number; run: ProseBlock['runs'][number] }[] = [];
  let text = '';
  for (const run of block.runs) {
    starts.push({ at: text.length, run });
    text += run.value;
  }
  return {
    text,
    quoted: block.quoted ? [...text].map(() => true) : quotedMask(text),
    lineAt(index) {
      const { at, run } = starts.filter((s) => s.at <= index).at(-1)!;
      return run.line + (run.value.slice(0, index - at).match(/\n/g)?.length ?? 0);
    },
  };
}

export interface ProseContext {
  file: string;
  lang: Lang;
  /** The article's publication year, to suggest the absolute date. */
  year: number | undefined;
  figures: Map<string, AnyFigure>;
}

function relativeDates(at: Located, ctx: ProseContext): Problem[] {
  const hits: { word: string; index: number; offset: number | undefined }[] = [];
  if (ctx.lang === 'ko') {
    for (const [word, offset] of RELATIVE_KO) {
      // A word of its own: not preceded by another Hangul syllable (올해 in '올해' but not in '몰올해').
      for (const m of at.text.matchAll(new RegExp(`(?<![가-힣])${word}`, 'g'))) hits.push({ word, index: m.index, offset });
    }
  } else {
    for (const m of at.text.matchAll(RELATIVE_EN))
      hits.push({
        word: m[0],
        index: m.index,
        offset: m[2]!.toLowerCase() === 'year' ? { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase() as 'last'] : undefined,
      });
  }
  return hits
    .filter((h) => !at.quoted[h.index])
    .map((h) => {
      const year = h.offset !== undefined && ctx.year !== undefined ? ctx.year + h.offset : undefined;
      return {
        file: ctx.file,
        line: at.lineAt(h.index),
        field: 'relative date',
        en: `'${h.word}' is a relative date and will read wrong as the article ages; write the date itself${year ? ` (e.g. '${year}')` : ' (e.g. the month and year)'}`,
        ko: `'${h.word}'은(는) 상대적인 날짜라 시간이 지나면 틀린 말이 됩니다. 날짜를 직접 쓰세요${year ? `(예: '${year}년')` : '(예: 연도와 월)'}`,
      };
    });
}

const kindOf = (f: AnyFigure): NumberKind => (f.unit === 'percent' ? 'percent' : f.unit === 'times' ? 'times' : 'amount');

/** The figures each value stands for, by kind: a number typed by hand is checked against them. */
export function figuresByValue(figures: Map<string, AnyFigure>): Map<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const f of figures.values()) {
    for (const v of f.max === undefined ? [f.value] : [f.value, f.max]) {
      const key = `${kindOf(f)}:${v}`;
      byValue.set(key, [...(byValue.get(key) ?? []), f.id]);
    }
  }
  return byValue;
}

/** Plain numbers under this are counts of things (3곳, 2단계), too common to be figures by chance. */
const SMALLEST_AMOUNT = 100;

/** Numbers in `text` that are figures, outside quotations: each with the figure ids it could be. */
export function handTypedFigures(text: string, lang: Lang, byValue: Map<string, string[]>, quoted: boolean[] = []) {
  return numbersInText(text, lang).flatMap((n) => {
    if (quoted[n.index] || (n.kind === 'amount' && n.value < SMALLEST_AMOUNT)) return [];
    const ids = byValue.get(`${n.kind}:${n.value}`);
    return ids ? [{ ...n, ids }] : [];
  });
}

function handTypedNumbers(at: Located, ctx: ProseContext, byValue: Map<string, string[]>): Problem[] {
  return handTypedFigures(at.text, ctx.lang, byValue, at.quoted).map((n) => {
    const [id, ...more] = n.ids;
    const others = more.length ? ` (or ${more.slice(0, 2).join(', ')}${more.length > 2 ? ', …' : ''})` : '';
    return {
      file: ctx.file,
      line: at.lineAt(n.index),
      field: 'number',
      en: `'${n.raw}' is typed by hand but is the figure '${id}'${others}: write <Fig id="${id}" /> so the text follows the data (a number inside a quotation may stay as said)`,
      ko: `'${n.raw}'을(를) 직접 썼지만 수치 '${id}'${others ? `(또는 ${more.slice(0, 2).join(', ')})` : ''}와 같습니다. 데이터를 따르도록 <Fig id="${id}" />로 쓰세요(인용문 안의 숫자는 그대로 둬도 됩니다)`,
    };
  });
}

/** Words written against a <Fig> that do not fit the text it prints (figure-wording.ts). */
function wordingAroundFigures(at: Located, block: ProseBlock, ctx: ProseContext): Problem[] {
  return figureWording(at.text, block.figures, ctx.lang, ctx.figures, (id) => `<Fig id="${id}" />`, at.quoted).map((p) => ({
    file: ctx.file,
    line: p.figure.line,
    field: p.field,
    en: p.en,
    ko: p.ko,
  }));
}

/** Every prose problem in an article. Headings are labels, not prose: only relative dates are checked there. */
export function checkProse(blocks: ProseBlock[], ctx: ProseContext): Problem[] {
  const byValue = figuresByValue(ctx.figures);
  return blocks.flatMap((block) => {
    const at = locate(block);
    return [
      ...relativeDates(at, ctx),
      ...(block.kind === 'heading' ? [] : handTypedNumbers(at, ctx, byValue)),
      ...wordingAroundFigures(at, block, ctx),
    ];
  });
}
