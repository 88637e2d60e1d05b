/**
 * The locale numbers and numeric dates are written with. Browsers often ship without Kazakh
 * formatting data and fall back to the root locale (2026-12-03 09:49, 66.7), while Kazakh, as
 * CLDR has it, writes them as Kazakhstan's Russian does (03.12.2026, 09:49 and 66,7).
 */
function numericLocale(locale: string): string {
  return locale === 'kk' || locale.startsWith('kk-') ? 'ru-KZ' : locale;
}

/**
 * A calendar day "YYYY-MM-DD" in numbers (31.12.2026 in kk and ru): browsers' Kazakh month names
 * are often missing. The day never shifts by time zone.
 */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(numericLocale(locale), {
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
  return date.toLocaleString(numericLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A number with at most one decimal, grouped as the language writes it (1 234,5 in kk and ru). */
export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(numericLocale(locale), { maximumFractionDigits: 1 });
}

/** A percentage with at most one decimal, e.g. 66.7 (the unit sign comes from the message). */
export function formatPercent(value: number, locale: string): string {
  return formatNumber(value, locale);
}
