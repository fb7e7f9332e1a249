// A bar chart's value axis, worked out at build time: round ticks from zero and their labels, formatted here with Intl,
// so the browser never builds a compact-notation formatter (its first one costs ~50 ms on a slow phone, at load).
import { compactNumber } from '../format/format';
import type { Lang } from '../site/i18n';

export interface ValueAxis {
  /** Distance between ticks; the axis runs from 0 to step × (labels.length − 1). */
  step: number;
  /** The tick labels from zero up: '0', '2만', '4만'… / '0', '20K', '40K'… */
  labels: string[];
}

/** The round steps an axis may take, per power of ten. */
const STEPS = [1, 2, 2.5, 5, 10];

/** At most five ticks (zero and up to four steps) reaching at least the largest value. */
export function valueAxis(values: number[], lang: Lang): ValueAxis {
  const largest = Math.max(0, ...values);
  if (largest === 0) return { step: 1, labels: ['0', compactNumber(1, lang)] };
  const least = largest / 4;
  const power = 10 ** Math.floor(Math.log10(least));
  const step = STEPS.map((s) => s * power).find((s) => s >= least) ?? 10 * power;
  const count = Math.ceil(largest / step - 1e-9);
  return { step, labels: Array.from({ length: count + 1 }, (_, i) => compactNumber(i * step, lang)) };
}
