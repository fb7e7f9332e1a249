// The written summary every chart figure shows under its title, for screen readers and print as much as for the eye:
// the largest and smallest values, the total where adding up makes sense, the change where the values follow in time,
// and who has no reported value. Built from the chart's numbers only; the words come from the chart dictionaries.
import { formatAmount, withApprox, type Approx, type Unit } from '../format/format';
import { chartText, type Lang } from '../site/i18n';

export interface SummaryItem {
  name: string;
  value: number;
  /** The value as printed, unit and qualifier included: '약 6만 장'. */
  amount: string;
  approx: Approx;
}

export interface SummaryInput {
  unit: Unit;
  items: SummaryItem[];
  /** The total as printed, where adding the values up makes sense (not for numbers that are not like-for-like). */
  total?: string | undefined;
  /** The items follow in time (before → after): say how the last differs from the first instead of ranking them. */
  change?: boolean | undefined;
  /** Names with no reported value: listed as such, never counted as zero. */
  missing?: string[] | undefined;
}

/** The items sharing the extreme value; a shared amount, or the bare number 'around' when their qualifiers differ. */
function extreme(items: SummaryItem[], pick: (a: number, b: number) => number, lang: Lang, unit: Unit) {
  const value = items.map((i) => i.value).reduce((a, b) => pick(a, b));
  const tied = items.filter((i) => i.value === value);
  const text = chartText(lang).overview;
  const names = tied.map((i) => i.name).join(text.nameSeparator);
  if (tied.length === 1) return { names, amount: tied[0]!.amount };
  const same = tied.every((i) => i.amount === tied[0]!.amount);
  return { names, amount: same ? text.each(tied[0]!.amount) : text.around(formatAmount(value, unit, lang)) };
}

/**
 * How exactly a change between two values is known, from their qualifiers: 'about 65,000' to 'more than 300,000' is an
 * increase of more than 235,000 and more than 4.6 times; 'exact' only when both ends are. Undefined when the ends are
 * open in opposite directions ('more than' to 'up to' bounds nothing).
 */
export function changeApprox(first: Approx, last: Approx, up: boolean): { diff: Approx; ratio: Approx } | undefined {
  // +1: the true change may be larger than the printed one; -1: smaller.
  const leans = [last === 'more-than' ? 1 : last === 'up-to' ? -1 : 0, first === 'more-than' ? -1 : first === 'up-to' ? 1 : 0];
  const open = leans.filter((lean) => lean !== 0);
  if (open.some((lean) => lean !== open[0])) return undefined;
  const lean = open[0] ?? 0;
  if (lean === 0) return first === 'exact' && last === 'exact' ? { diff: 'exact', ratio: 'exact' } : { diff: 'about', ratio: 'exact' };
  // A larger signed change is a larger rise but a smaller fall.
  const larger = lean > 0 === up;
  return { diff: larger ? 'more-than' : 'up-to', ratio: lean > 0 ? 'more-than' : 'up-to' };
}

export function writtenSummary(input: SummaryInput, lang: Lang): string {
  const text = chartText(lang).overview;
  const { items, unit } = input;
  const sentences: string[] = [];
  if (input.change && items.length >= 2) {
    const first = items[0]!;
    const last = items.at(-1)!;
    const up = last.value >= first.value;
    const known = changeApprox(first.approx, last.approx, up);
    const diff = known && withApprox(formatAmount(Math.abs(last.value - first.value), unit, lang), known.diff, lang);
    const ratio =
      known && first.value > 0 ? withApprox(text.ratio(Math.round((last.value / first.value) * 10) / 10), known.ratio, lang) : undefined;
    sentences.push(text.change(first.name, first.amount, last.name, last.amount, diff, up, ratio));
  } else if (items.length === 1) {
    sentences.push(text.only(items[0]!.name, items[0]!.amount));
  } else if (items.length > 1) {
    const most = extreme(items, Math.max, lang, unit);
    const least = extreme(items, Math.min, lang, unit);
    sentences.push(text.largest(most.names, most.amount), text.smallest(least.names, least.amount));
  }
  if (input.total) sentences.push(text.total(input.total));
  if (input.missing?.length) sentences.push(text.missing(input.missing.join(text.nameSeparator)));
  return sentences.join(' ');
}
