/**
 * The locale numbers and numeric dates are written with. Browsers often ship without Kazakh
 * formatting data and fall back to the root locale (2026-12-03 09:49, 66.7), while Kazakh, as
 * CLDR has it, writes them as Kazakhstan's Russian does (03.12.2026, 09:49 and 66,7).
 */
function numericLocale(locale: string): string {
  return locale === 'kk' || locale.startsWith('kk-') ? 'ru-KZ' : locale;
}

/**
 * One of Intl's formatters for each language: making one costs some forty times as much as using
 * it (35 µs against 1 µs here, four times that on a slow phone), and a table formats a figure or a
 * date in every cell.
 */
function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) {
      formatter = make(numericLocale(locale));
      made.set(locale, formatter);
    }
    return formatter;
  };
}

const days = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
);
const moments = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
);
const numbers = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));

/**
 * A calendar day "YYYY-MM-DD" in numbers (31.12.2026 in kk and ru): browsers' Kazakh month names
 * are often missing. The day never shifts by time zone.
 */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return days(locale).format(date);
}

/** A moment in the viewer's own time zone, in numbers, to the minute. */
export function formatDateTime(moment: string, locale: string): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return moment;
  return moments(locale).format(date);
}

/** A number with at most one decimal, grouped as the language writes it (1 234,5 in kk and ru). */
export function formatNumber(value: number, locale: string): string {
  return numbers(locale).format(value);
}

/** A percentage with at most one decimal, e.g. 66.7 (the unit sign comes from the message). */
export function formatPercent(value: number, locale: string): string {
  return formatNumber(value, locale);
}
