import type { App } from 'vue';
import type { PrimeVueConfiguration, PrimeVueLocaleOptions } from 'primevue/config';
import { en } from 'primelocale/js/en.js';
import { kk } from 'primelocale/js/kk.js';
import { ru } from 'primelocale/js/ru.js';
import type { AdalLocale } from './locale';

/**
 * Where PrimeLocale's Kazakh reads as a word-for-word translation ("items" as "bodies"), or where
 * a label must match the words the rest of Adal uses for the same thing.
 */
const KAZAKH_WORDING: Partial<PrimeVueLocaleOptions> = {
  clear: 'Тазалау',
  apply: 'Қолдану',
  emptyMessage: 'Нұсқалар жоқ',
  emptyFilterMessage: 'Ештеңе табылмады',
  emptySelectionMessage: 'Ештеңе таңдалмаған',
  selectionMessage: '{0} элемент таңдалды',
  noFileChosenMessage: 'Файл таңдалмаған',
};
const KAZAKH_ARIA: Record<string, string> = {
  selectAll: 'Барлық элемент таңдалды',
  unselectAll: 'Барлық элементтен таңдау алынды',
  collapseLabel: 'Жию',
  rowsPerPageLabel: 'Беттегі жолдар саны',
};

/**
 * PrimeVue's own texts and calendar per interface language: month and day names, the first day
 * of the week (Monday, as in Kazakhstan whatever the language), button and aria labels. The typed
 * date format follows the country's habit (31.12.2026); English keeps the unambiguous ISO form,
 * since "12/31/26" reads the other way round to most people here.
 */
export const PRIMEVUE_LOCALES: Record<AdalLocale, PrimeVueLocaleOptions> = {
  kk: { ...kk, ...KAZAKH_WORDING, aria: { ...kk.aria, ...KAZAKH_ARIA } },
  ru: { ...ru },
  en: { ...en, dateFormat: 'yy-mm-dd', firstDayOfWeek: 1 },
};

/** The PrimeVue options a plugin's app starts with, in the host's language. */
export function primeVueOptionsFor(
  options: PrimeVueConfiguration,
  locale: AdalLocale,
): PrimeVueConfiguration {
  return { ...options, locale: PRIMEVUE_LOCALES[locale] };
}

/**
 * Switches an app's PrimeVue texts to another language. PrimeVue's configuration is reactive, so
 * an open date picker redraws its month names and week at once.
 */
export function switchPrimeVueLocale(app: App, locale: AdalLocale): void {
  const primevue = app.config.globalProperties.$primevue as { config: PrimeVueConfiguration } | undefined;
  if (primevue) primevue.config.locale = PRIMEVUE_LOCALES[locale];
}
