/**
 * A calendar day "YYYY-MM-DD" in numbers (31.12.2026 in kk and ru): browsers' Kazakh month names
 * are often missing. The day never shifts by time zone.
 */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(locale, {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

/** A moment in the viewer's own time zone, in numbers, to the minute. */
export function formatDateTime(moment: string, locale: string): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return moment;
  return date.toLocaleString(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A percentage with at most one decimal, e.g. 66.7 (the unit sign comes from the message). */
export function formatPercent(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}
