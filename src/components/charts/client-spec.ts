// The part of a chart spec the browser needs to draw it (kept small: it travels in a data attribute).
import type { ChartSpec } from '@/lib/charts/spec';

export type DrawSpec = Pick<ChartSpec, 'lang' | 'orientation' | 'rows' | 'title' | 'unit'>;

export function toDrawSpec(spec: ChartSpec): DrawSpec {
  return { lang: spec.lang, orientation: spec.orientation, rows: spec.rows, title: spec.title, unit: spec.unit };
}
