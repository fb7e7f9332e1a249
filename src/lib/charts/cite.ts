// What a chart's citation needs besides its title: the date its data speaks for (the latest of its sources' dates).

/** The latest of the dates given ('2025-10-31', '2026-06'): undefined when none is known. A month sorts before its days. */
export function citeDate(dates: (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => d !== undefined)
    .sort((a, b) => a.localeCompare(b))
    .at(-1);
}
