import { computed, inject, provide, ref, type ComputedRef, type InjectionKey, type Ref } from 'vue';
import type { IntakeMessages } from './en';
import { format, intakeMessages, intlLocales, type IntakeLocale } from './locales';

export interface IntakeI18n {
  locale: Ref<IntakeLocale>;
  /** The texts of the current language, typed: `m.value.form.what`. */
  m: ComputedRef<IntakeMessages>;
  format: typeof format;
  dateTime(iso: string): string;
  fileSize(bytes: number): string;
}

const I18N_KEY: InjectionKey<IntakeI18n> = Symbol('intake-i18n');

const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/**
 * "2026 ж. 25 қараша, 14:37", as CLDR writes it. Written out here because browsers often ship
 * without Kazakh date data (Chromium prints "2026 M11 25"); in the reader's own time zone.
 */
export function kazakhDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = KAZAKH_MONTHS[date.getMonth()];
  return `${date.getFullYear()} ж. ${date.getDate()} ${month}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function createIntakeI18n(initial: IntakeLocale): IntakeI18n {
  const locale = ref<IntakeLocale>(initial);
  const m = computed(() => intakeMessages[locale.value]);
  return {
    locale,
    m,
    format,
    dateTime(iso) {
      if (locale.value === 'kk') return kazakhDateTime(new Date(iso));
      return new Intl.DateTimeFormat(intlLocales[locale.value], {
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(new Date(iso));
    },
    fileSize(bytes) {
      const units = m.value.units;
      const number = (n: number) =>
        new Intl.NumberFormat(intlLocales[locale.value], { maximumFractionDigits: 1 }).format(n);
      if (bytes < 1024) return format(units.bytes, { n: number(bytes) });
      if (bytes < 1024 * 1024) return format(units.kilobytes, { n: number(Math.round(bytes / 1024)) });
      return format(units.megabytes, { n: number(bytes / (1024 * 1024)) });
    },
  };
}

export function provideIntakeI18n(i18n: IntakeI18n): void {
  provide(I18N_KEY, i18n);
}

export function useIntakeI18n(): IntakeI18n {
  const i18n = inject(I18N_KEY);
  if (!i18n) throw new Error('useIntakeI18n() needs provideIntakeI18n() in an ancestor');
  return i18n;
}

export { I18N_KEY };
