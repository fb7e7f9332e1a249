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

/** A summary's list of bars: '네이버 약 6만 장, …' / 'NAVER: about 60,000 GPUs; …'. */
export function bars(lang: Lang, items: [name: string, amount: string][]): string {
  const text = chartText(lang);
  return items.map(([name, amount]) => text.summaryItem(name, amount)).join(text.summarySeparator);
}

/** A figure as a written-summary item ('네이버', 60000, '약 6만 장'): src/lib/charts/summary.ts. */
export function summaryItem(ctx: ChartContext, name: string, f: AnyFigure, lang: Lang): SummaryItem {
  return { name, value: f.value, amount: figureText(ctx.figures, f.id, lang), approx: f.approx };
}
