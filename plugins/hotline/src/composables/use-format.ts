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
        return t('fileSize.mb', {
          size: (bytes / (1024 * 1024)).toLocaleString(locale.value, { maximumFractionDigits: 1 }),
        });
      }
      return t('fileSize.kb', { size: Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale.value) });
    },
  };
}
