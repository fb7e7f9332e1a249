// Figure look-up: every figure from content/data/figures.yaml and the site's own derived numbers (src/lib/content/derived/),
// by id, and a figure's text for a page.
import { formatFigure } from '../format/format';
import type { Lang } from '../site/i18n';
import type { Recipient, WithId } from './schemas';
import { contextFigures } from './derived/context';
import type { AnyFigure, DataFigure, DerivedFigure } from './derived/derive';
import { powerFigures } from './derived/power';
import { shareFigures } from './derived/shares';

export { roundSignificant, type AnyFigure, type DataFigure, type DerivedFigure } from './derived/derive';

/** Every derived figure: shares, context ratios and sums, and the power estimate. */
export function deriveFigures(figures: Map<string, DataFigure>, recipients: WithId<Recipient>[]): DerivedFigure[] {
  return [...shareFigures(figures, recipients), ...contextFigures(figures), ...powerFigures(figures)];
}

/** All figures, from the data and derived, by id. */
export function buildFigureIndex(data: DataFigure[], recipients: WithId<Recipient>[]): Map<string, AnyFigure> {
  const byId = new Map<string, DataFigure>(data.map((f) => [f.id, f]));
  const index = new Map<string, AnyFigure>(byId);
  for (const d of deriveFigures(byId, recipients)) index.set(d.id, d);
  return index;
}

/** A figure's text for a page, with its equivalent (e.g. the dollar value) when it has one. */
export function figureText(index: Map<string, AnyFigure>, id: string, lang: Lang): string {
  const fig = index.get(id);
  if (!fig) throw new Error(`Unknown figure '${id}': it is not in content/data/figures.yaml (nor a derived figure).`);
  const eq = fig.equivalent ? index.get(fig.equivalent) : undefined;
  return formatFigure(fig, lang, eq);
}
