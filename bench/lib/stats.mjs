// The statistics the benchmarks report: medians, and (for `npm run bench:compare`) a one-sided Mann–Whitney U test of
// whether one build's runs are lower (faster) than the other's. Lighthouse's TBT varies so much from run to run on a
// two-core machine that only runs interleaved in one session, compared by rank, tell two builds apart (BENCHMARKS.md,
// ninth session).

/** The median of `values` (the mean of the middle two for an even count): what bench:compare's A/B figures report. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The lower median: the middle run, or the lower of the middle two for an even count, so the figure is always one that
 * a run produced (a score, or the build whose phases stand for its size). Equal to `median` for an odd count, which
 * is what `npm run bench` and `bench:pages` take by default.
 */
export function lowerMedian(values) {
  return lowerMedianBy(values, (value) => value);
}

/**
 * The item whose `key` is the lower median of the items' keys: the run that stands for its kind (its other figures).
 * @template T
 * @param {T[]} items
 * @param {(item: T) => number} key
 * @returns {T}
 */
export function lowerMedianBy(items, key) {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)];
}

/** The complementary error function (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
function erfc(x) {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const value = poly * Math.exp(-x * x);
  return x >= 0 ? value : 2 - value;
}

/**
 * Whether the runs in `b` tend to be lower than those in `a`: U counts the pairs where b's run is the lower (a tie
 * half), z is its normal approximation with the tie and continuity corrections, and p the one-sided probability of a U
 * this large if neither build were faster. Enough for the dozen runs a side the benchmark takes.
 */
export function lowerByRank(a, b) {
  let u = 0;
  for (const x of a) for (const y of b) u += y < x ? 1 : y === x ? 0.5 : 0;
  const n1 = a.length;
  const n2 = b.length;
  const n = n1 + n2;
  const counts = new Map();
  for (const v of [...a, ...b]) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ties = [...counts.values()].reduce((sum, t) => sum + t ** 3 - t, 0);
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  const z = variance > 0 ? (u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance) : 0;
  return { u, z, p: variance > 0 ? 0.5 * erfc(z / Math.SQRT2) : 1 };
}
