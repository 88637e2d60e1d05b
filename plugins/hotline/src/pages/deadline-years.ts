/** The calendar answers for at most this many years at once. */
const MAX_YEARS = 20;

/**
 * The years, from this one on, that the given deadlines (YYYY-MM-DD, null when met) end in, as
 * a range to ask the calendar about; null when none is still to come. A string key keeps a watch
 * from asking again for the same range.
 */
export function deadlineYears(
  days: readonly (string | null | undefined)[],
  thisYear: number,
): { from: number; to: number; key: string } | null {
  const years = days.flatMap((day) => (day ? [Number(day.slice(0, 4))] : [])).filter((y) => y >= thisYear);
  if (years.length === 0) return null;
  const to = Math.min(Math.max(...years), thisYear + MAX_YEARS);
  return { from: thisYear, to, key: `${thisYear}-${to}` };
}
