// The value axis the build works out for every chart (src/lib/charts/axis.ts): round steps, at most five ticks.
import { describe, expect, it } from 'vitest';
import { valueAxis } from '@/lib/charts/axis';
import { CHART_IDS, chartSpec } from '@/lib/charts/spec';
import { buildFigureIndex } from '@/lib/content/figures';
import { readContent } from '@/lib/content/read';

describe('valueAxis', () => {
  it.each([
    [[60000, 50000], 'ko', 20000, ['0', '2만', '4만', '6만']],
    [[60000, 50000], 'en', 20000, ['0', '20K', '40K', '60K']],
    [[13136], 'ko', 5000, ['0', '5천', '1만', '1.5만']],
    [[260000], 'en', 100000, ['0', '100K', '200K', '300K']],
    [[4.6e12, 1.2e12], 'ko', 2e12, ['0', '2조', '4조', '6조']],
    [[10], 'en', 2.5, ['0', '2.5', '5', '7.5', '10']],
  ] as const)('%j (%s) → a step of %d', (values, lang, step, labels) => {
    expect(valueAxis([...values], lang)).toEqual({ step, labels: [...labels] });
  });

  it('reaches the largest value in at most five ticks, whatever the values', () => {
    for (let largest = 1; largest < 1e13; largest *= 1.37) {
      const axis = valueAxis([largest, largest / 3], 'en');
      const top = axis.step * (axis.labels.length - 1);
      expect(top).toBeGreaterThanOrEqual(largest);
      expect(axis.labels.length).toBeLessThanOrEqual(5);
      // No more than one step of empty room above the longest bar.
      expect(top - axis.step).toBeLessThan(largest);
    }
  });

  it('gives an empty chart an axis too', () => {
    expect(valueAxis([0, 0], 'ko')).toEqual({ step: 1, labels: ['0', '1'] });
  });

  it('covers every bar and target of every chart the site draws', () => {
    const { site } = readContent(process.cwd());
    const ctx = { figures: buildFigureIndex(site.figures, site.recipients), recipients: site.recipients, deliveries: site.deliveries };
    for (const id of CHART_IDS)
      for (const lang of ['ko', 'en'] as const) {
        const spec = chartSpec(ctx, id, lang);
        const top = spec.axis.step * (spec.axis.labels.length - 1);
        for (const row of spec.rows) expect(Math.max(row.value, row.target ?? 0), `${id} ${lang} ${row.key}`).toBeLessThanOrEqual(top);
      }
  });
});
