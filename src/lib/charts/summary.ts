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

export function writtenSummary(input: SummaryInput, lang: Lang): string {
  const text = chartText(lang).overview;
  const { items, unit } = input;
  const sentences: string[] = [];
  if (input.change && items.length >= 2) {
    const first = items[0]!;
    const last = items.at(-1)!;
    const exact = first.approx === 'exact' && last.approx === 'exact';
    const diff = withApprox(formatAmount(Math.abs(last.value - first.value), unit, lang), exact ? 'exact' : 'about', lang);
    const ratio = first.value > 0 ? Math.round((last.value / first.value) * 10) / 10 : undefined;
    sentences.push(text.change(first.name, first.amount, last.name, last.amount, diff, last.value >= first.value, ratio));
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
