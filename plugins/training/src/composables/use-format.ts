import { useI18n } from 'vue-i18n';
import { formatDateTime, formatDay, formatPercent } from '@adal/sdk';

export function useFormat(): {
  day(day: string): string;
  dateTime(instant: string): string;
  percent(value: number): string;
} {
  const { locale } = useI18n();
  return {
    day: (day) => formatDay(day, locale.value),
    dateTime: (instant) => formatDateTime(instant, locale.value),
    percent: (value) => formatPercent(value, locale.value),
  };
}
