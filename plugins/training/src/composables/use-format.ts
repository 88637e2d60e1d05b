import { useI18n } from 'vue-i18n';

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

/** A percentage with at most one decimal, e.g. 66.7 (the unit sign comes from the message). */
export function formatPercent(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}

export function useFormat(): { day(day: string): string; percent(value: number): string } {
  const { locale } = useI18n();
  return {
    day: (day) => formatDay(day, locale.value),
    percent: (value) => formatPercent(value, locale.value),
  };
}
