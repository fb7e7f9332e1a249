// How a chart's labels fit the width it is drawn at, so none is cut off on a narrow phone: value labels in their short
// form when the full one leaves the bars too little room, category names over two lines when still too wide, and the
// category axis as wide as its longest name (Chart.js would otherwise cap it at half the free width and clip the names).
import type { ChartRow, ChartSpec } from './spec';

/** Measures a label's width in pixels, in the font the chart draws it in. */
export type Measure = (text: string) => number;

type Row = Pick<ChartRow, 'label' | 'text' | 'short'>;

/** Between the category names and the bars: Chart.js's tick mark (8 px) and tick padding (3 px), and a margin. */
export const AXIS_GAP = 14;
/** Between a bar's end and its value label (the label is drawn 6 px past the bar). */
export const VALUE_GAP = 10;
/** The share of the width the bars should keep before labels are shortened or wrapped. */
export const MIN_PLOT_SHARE = 0.4;

export interface HorizontalFit {
  /** The category names as Chart.js takes them: a string, or its lines. */
  categories: (string | string[])[];
  /** The value label drawn at each bar's end. */
  values: string[];
  /** The width the category axis is given. */
  axisWidth: number;
  /** The room kept right of the bars for the value labels. */
  valueRoom: number;
}

const widest = (texts: string[], measure: Measure) => Math.max(0, ...texts.map(measure));

/**
 * A name over two lines where that makes it narrowest: at a space ('United Kingdom'), or before a bracket
 * ('NHN클라우드(B200)'); one line when it has no such place.
 */
export function twoLines(label: string, measure: Measure): string | string[] {
  let best: string[] | undefined;
  let bestWidth = measure(label);
  for (let i = 1; i < label.length; i++) {
    const lines =
      label[i] === ' '
        ? [label.slice(0, i), label.slice(i + 1)]
        : label[i] === '(' && label[i - 1] !== ' '
          ? [label.slice(0, i), label.slice(i)]
          : undefined;
    if (!lines || lines.some((l) => l.trim() === '')) continue;
    const width = widest(lines, measure);
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best ?? label;
}

/** The labels of a horizontal bar chart `width` pixels wide. */
export function fitHorizontal(width: number, rows: Row[], measure: Measure): HorizontalFit {
  const lines = (c: string | string[]) => (Array.isArray(c) ? c : [c]);
  const fit = (categories: (string | string[])[], values: string[]): HorizontalFit => ({
    categories,
    values,
    axisWidth: Math.ceil(widest(categories.flatMap(lines), measure)) + AXIS_GAP,
    valueRoom: Math.ceil(widest(values, measure)) + VALUE_GAP,
  });
  const roomy = (f: HorizontalFit) => width - f.axisWidth - f.valueRoom >= width * MIN_PLOT_SHARE;
  const full = fit(
    rows.map((r) => r.label),
    rows.map((r) => r.text),
  );
  if (roomy(full)) return full;
  const short = fit(
    full.categories,
    rows.map((r) => r.short ?? r.text),
  );
  if (roomy(short)) return short;
  return fit(
    rows.map((r) => twoLines(r.label, measure)),
    short.values,
  );
}

/**
 * The labels of a chart `width` pixels wide, either way round. A vertical chart keeps its names and Chart.js's own axis
 * widths (axisWidth and valueRoom 0, unused); only its values may be shortened.
 */
export function fitLabels(orientation: ChartSpec['orientation'], width: number, rows: Row[], measure: Measure): HorizontalFit {
  if (orientation === 'horizontal') return fitHorizontal(width, rows, measure);
  return { categories: rows.map((r) => r.label), values: fitVertical(width, rows, measure), axisWidth: 0, valueRoom: 0 };
}

/** The value labels of a vertical bar chart `width` pixels wide: short forms when a full one is wider than its bar's slot. */
export function fitVertical(width: number, rows: Row[], measure: Measure): string[] {
  const slot = width / Math.max(1, rows.length);
  return widest(
    rows.map((r) => r.text),
    measure,
  ) <= slot
    ? rows.map((r) => r.text)
    : rows.map((r) => r.short ?? r.text);
}
