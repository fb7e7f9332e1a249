// What every derived figure shares: the figure types, looking up inputs, rounding, and the fields a derived figure
// takes from its inputs (their sources, the latest date they speak for).
import type { Approx, FormattableFigure, Unit } from '../../format/format';
import type { Localized } from '../../site/i18n';
import type { Figure, WithId } from '../schemas';

/** A number the site computes from other figures; it is labelled as the site's own estimate wherever it appears. */
export interface DerivedFigure extends FormattableFigure {
  id: string;
  unit: Unit;
  approx: Approx;
  estimate: true;
  derived: true;
  label: Localized;
  /** How it was computed, in a sentence per language (shown on the methodology page). */
  method: Localized;
  /** The figure ids it was computed from. */
  inputs: string[];
  sources: string[];
  /** The latest date its inputs speak for. */
  asOf: string;
  recipient?: string | undefined;
  equivalent?: string | undefined;
}

export type DataFigure = WithId<Figure> & { derived?: false };
export type AnyFigure = DataFigure | DerivedFigure;

/** The three cloud firms' shares of the government's first batch. */
export const GOVERNMENT_BATCHES = ['government.batch-nhn', 'government.batch-naver', 'government.batch-kakao'];

/** Round to `digits` significant digits, so derived numbers never look more precise than their inputs. */
export function roundSignificant(value: number, digits = 3): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (magnitude - digits + 1);
  return Math.round(value / factor) * factor;
}

/** A figure the derived numbers are worked out from is not in figures.yaml (deleted, or its id changed). */
export class MissingInputError extends Error {
  constructor(readonly id: string) {
    super(`content/data/figures.yaml: the figure '${id}' is missing, but the site's derived numbers need it.`);
  }
}

export function need(figures: Map<string, AnyFigure>, id: string): DataFigure {
  const fig = figures.get(id);
  if (!fig || fig.derived) throw new MissingInputError(id);
  return fig;
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** A derived figure: an estimate of the site's own, with its inputs' sources and the latest date they speak for. */
export function derived(
  fig: Omit<DerivedFigure, 'estimate' | 'derived' | 'sources' | 'inputs' | 'asOf'>,
  inputs: (DataFigure | DerivedFigure)[],
): DerivedFigure {
  const dates = inputs.map((f) => f.asOf).filter((d): d is string => d !== undefined);
  return {
    ...fig,
    estimate: true,
    derived: true,
    inputs: inputs.map((f) => f.id),
    sources: uniq(inputs.flatMap((f) => f.sources)),
    asOf: dates.sort().at(-1) ?? '',
  };
}

/**
 * A ratio's qualifier: a floor ('more than') when the numerator is one and the denominator is not, a ceiling ('up to')
 * the other way round, otherwise 'about'.
 */
export function ratioApprox(numerator: { approx: Approx }, denominator: { approx: Approx }): Approx {
  if (numerator.approx === 'more-than' && denominator.approx !== 'more-than') return 'more-than';
  if (numerator.approx === 'up-to' && denominator.approx !== 'up-to') return 'up-to';
  return 'about';
}
