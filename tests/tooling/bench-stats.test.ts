// The benchmarks' statistics: the two medians, and the one-sided rank test that says whether build B is faster.
import { describe, expect, it } from 'vitest';
import { lowerByRank, lowerMedian, lowerMedianBy, median } from '../../bench/lib/stats.mjs';

describe('benchmark statistics', () => {
  it('take the median of an odd or an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('take the lower median as a value some run produced, equal to the median for an odd count', () => {
    expect(lowerMedian([5, 1, 3])).toBe(3);
    expect(lowerMedian([4, 1, 3, 2])).toBe(2);
    expect(lowerMedian([97, 100, 99, 100, 98])).toBe(median([97, 100, 99, 100, 98]));
    expect(lowerMedian([7])).toBe(7);
  });

  it('pick the run whose figure is the lower median, so its other figures come with it', () => {
    const runs = [
      { seconds: 12, pages: 'c' },
      { seconds: 10, pages: 'a' },
      { seconds: 11, pages: 'b' },
      { seconds: 13, pages: 'd' },
    ];
    expect(lowerMedianBy(runs, (run) => run.seconds)).toEqual({ seconds: 11, pages: 'b' });
    expect(lowerMedianBy(runs.slice(0, 3), (run) => run.seconds).pages).toBe('b');
    expect(runs.map((run) => run.pages).join('')).toBe('cabd'); // the list itself is not reordered
  });

  it('find B lower when every run of B is below every run of A', () => {
    // Exact one-sided p for 3 against 3 with no overlap is 1/20; the normal approximation gives 0.040.
    const { u, z, p } = lowerByRank([4, 5, 6], [1, 2, 3]);
    expect(u).toBe(9);
    expect(z).toBeCloseTo(1.746, 3);
    expect(p).toBeCloseTo(0.0404, 3);
  });

  it('do not find B lower when it is higher, or the same', () => {
    expect(lowerByRank([1, 2, 3], [4, 5, 6]).p).toBeGreaterThan(0.95);
    const same = lowerByRank([100, 120, 140, 160], [100, 120, 140, 160]);
    expect(same.u).toBe(8);
    expect(same.p).toBeGreaterThan(0.5);
    expect(lowerByRank([50, 50], [50, 50]).p).toBe(1);
  });

  it('agree with the ninth session’s tracker comparison (12 runs a build: no difference)', () => {
    const before = [175, 95, 291, 140, 179, 202, 228, 176, 132, 246, 342, 134];
    const after = [58, 103, 277, 184, 214, 162, 201, 227, 224, 49, 56, 109];
    const { u, p } = lowerByRank(before, after);
    expect(u).toBe(90);
    expect(p).toBeGreaterThan(0.1);
  });
});
