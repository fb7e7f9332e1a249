// What the chart builders share: looking up a figure, bar labels, and the screen-reader list of bars.
import { figureText, type AnyFigure } from '../content/figures';
import { localNumber, withApprox, type Approx } from '../format/format';
import { chartText, type Lang } from '../site/i18n';
import type { ChartContext } from './spec';
import type { SummaryItem } from './summary';

export function fig(ctx: ChartContext, id: string): AnyFigure {
  const f = ctx.figures.get(id);
  if (!f) throw new Error(`Chart data: the figure '${id}' is missing from content/data/figures.yaml.`);
  return f;
}

export const uniq = (xs: string[]) => [...new Set(xs)];

/** Bar labels drop the unit (the title names it) to fit phones: '약 6만', 'more than 50,000'. */
export function barLabel(value: number, approx: Approx, lang: Lang): string {
  return withApprox(localNumber(value, lang), approx, lang);
}

/** English approximation words as signs, for a canvas too narrow for the words; Korean's are short already. */
const APPROX_SIGNS: Record<Approx, (n: string) => string> = {
  exact: (n) => n,
  about: (n) => `~${n}`,
  'up-to': (n) => `≤${n}`,
  'more-than': (n) => `${n}+`,
};

/**
 * A bar's label and, where it is shorter, the form a narrow canvas draws instead (fit-labels.ts): 'about 60,000' /
 * '~60,000', 'more than 50,000' / '50,000+'. The table under the chart keeps the words.
 */
export function barTexts(value: number, approx: Approx, lang: Lang): { text: string; short?: string } {
  const text = barLabel(value, approx, lang);
  const short = lang === 'en' ? APPROX_SIGNS[approx](localNumber(value, lang)) : text;
  return short === text ? { text } : { text, short };
}

/** A summary's list of bars: '네이버 약 6만 장, …' / 'NAVER: about 60,000 GPUs; …'. */
export function bars(lang: Lang, items: [name: string, amount: string][]): string {
  const text = chartText(lang);
  return items.map(([name, amount]) => text.summaryItem(name, amount)).join(text.summarySeparator);
}

/** A figure as a written-summary item ('네이버', 60000, '약 6만 장'): src/lib/charts/summary.ts. */
export function summaryItem(ctx: ChartContext, name: string, f: AnyFigure, lang: Lang): SummaryItem {
  return { name, value: f.value, amount: figureText(ctx.figures, f.id, lang), approx: f.approx };
}
