// How far the reporting reaches: the latest date any of the given sources, figures or events speaks for. Derived from
// the data, never typed, so it moves when a newer source is added.

/**
 * The latest of some dates written YYYY-MM-DD or YYYY-MM. A month alone ('2026-06') comes after its own days: a source
 * dated only by its month may be from its last day, so reporting that includes it reaches 'June 2026', not '8 June'.
 */
export function latestDate(dates: (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => Boolean(d)).sort((a, b) => (a.slice(0, 7) === b.slice(0, 7) ? b.length - a.length || a.localeCompare(b) : a.localeCompare(b))).at(-1);
}

/** The reach of the whole site: every source, figure and timeline event it has. */
export function siteReach(data: { sources: Iterable<{ date?: string | undefined }>; figures: Iterable<{ asOf?: string | undefined }>; timeline: { date: string }[] }): string | undefined {
  return latestDate([...[...data.sources].map((s) => s.date), ...[...data.figures].map((f) => f.asOf), ...data.timeline.map((e) => e.date)]);
}
