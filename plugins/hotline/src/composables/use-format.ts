import { useI18n } from 'vue-i18n';
import { formatDay, formatNumber, formatPercent, formatDateTime } from '@adal/sdk';

export interface Formatter {
  day(day: string): string;
  dateTime(moment: string): string;
  percent(value: number): string;
  /** A duration as hours and minutes ("5 h 20 min"), or days and hours past two days. */
  duration(minutes: number): string;
  /** A file size in KB or MB. */
  fileSize(bytes: number): string;
}

export function useFormat(): Formatter {
  const { t, locale } = useI18n();
  return {
    day: (day) => formatDay(day, locale.value),
    dateTime: (moment) => formatDateTime(moment, locale.value),
    percent: (value) => formatPercent(value, locale.value),
    duration(minutes) {
      const whole = Math.max(0, Math.floor(minutes));
      const days = Math.floor(whole / (24 * 60));
      const hours = Math.floor((whole % (24 * 60)) / 60);
      if (days >= 2) return t('duration.daysHours', { days, hours });
      return t('duration.hoursMinutes', { hours: days * 24 + hours, minutes: whole % 60 });
    },
    fileSize(bytes) {
      if (bytes >= 1024 * 1024) {
        return t('fileSize.mb', { size: formatNumber(bytes / (1024 * 1024), locale.value) });
      }
      return t('fileSize.kb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), locale.value) });
    },
  };
}
