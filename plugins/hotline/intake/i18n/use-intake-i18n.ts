import { computed, inject, provide, ref, type ComputedRef, type InjectionKey, type Ref } from 'vue';
import type { IntakeMessages } from './en';
import { formatDateTime, formatNumber } from '@adal/sdk/format';
import { format, intakeMessages, type IntakeLocale } from './locales';

export interface IntakeI18n {
  locale: Ref<IntakeLocale>;
  /** The texts of the current language, typed: `m.value.form.what`. */
  m: ComputedRef<IntakeMessages>;
  format: typeof format;
  dateTime(iso: string): string;
  fileSize(bytes: number): string;
}

const I18N_KEY: InjectionKey<IntakeI18n> = Symbol('intake-i18n');

export function createIntakeI18n(initial: IntakeLocale): IntakeI18n {
  const locale = ref<IntakeLocale>(initial);
  const m = computed(() => intakeMessages[locale.value]);
  return {
    locale,
    m,
    format,
    // The back office's formatter: one way per language to write moments and numbers.
    dateTime: (iso) => formatDateTime(iso, locale.value),
    fileSize(bytes) {
      const units = m.value.units;
      const number = (n: number) => formatNumber(n, locale.value);
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
