import { describe, expect, it } from 'vitest';
import { createApp, defineComponent, h, nextTick } from 'vue';
import PrimeVue, { defaultOptions } from 'primevue/config';
import DatePicker from 'primevue/datepicker';
import { ADAL_LOCALES } from './locale';
import { PRIMEVUE_LOCALES, primeVueOptionsFor, switchPrimeVueLocale } from './primevue-locale';
import { adalPrimeVueOptions } from './theme';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

// Placeholders ({page}) and the 12-hour clock's am/pm markers are not words a person reads.
const LATIN = /[A-Za-z]/;

describe("PrimeVue's texts per interface language", () => {
  it.each(ADAL_LOCALES)('%s has every text PrimeVue knows in English', (locale) => {
    const english = keys(defaultOptions.locale ?? {});
    expect(keys(PRIMEVUE_LOCALES[locale])).toEqual(expect.arrayContaining(english));
  });

  it.each(['kk', 'ru'] as const)('%s starts the week on Monday and says no English word', (locale) => {
    const texts = PRIMEVUE_LOCALES[locale];
    expect(texts.firstDayOfWeek).toBe(1);
    expect(texts.dateFormat).toBe('dd.mm.yy');
    const english = keys(defaultOptions.locale ?? {});
    const latin = english
      .map(
        (path) =>
          [path, path.split('.').reduce<unknown>((node, key) => (node as never)?.[key], texts)] as const,
      )
      .filter(
        ([path, value]) =>
          typeof value === 'string' &&
          LATIN.test(value.replace(/\{\w+\}/g, '')) &&
          !/^(am|pm|dateFormat)$/.test(path),
      );
    expect(latin).toEqual([]);
  });

  it('names the months and days in Kazakh and Russian', () => {
    expect(PRIMEVUE_LOCALES.kk.monthNames?.[0]).toBe('Қаңтар');
    expect(PRIMEVUE_LOCALES.kk.dayNamesMin?.[1]).toBe('Дү');
    expect(PRIMEVUE_LOCALES.ru.monthNames?.[11]).toBe('Декабрь');
    expect(PRIMEVUE_LOCALES.ru.dayNamesMin?.[1]).toBe('Пн');
  });

  it('redraws an open calendar in the new language, Monday first, when the language changes', async () => {
    const element = document.createElement('div');
    document.body.append(element);
    const app = createApp(
      defineComponent({
        setup: () => () => h(DatePicker, { inline: true, modelValue: new Date(2026, 11, 3) }),
      }),
    );
    app.use(PrimeVue, primeVueOptionsFor(adalPrimeVueOptions, 'kk'));
    app.mount(element);
    await nextTick();
    const weekdays = () => [...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim());
    const month = () => element.querySelector('.p-datepicker-select-month')?.textContent?.trim();
    expect(weekdays()[0]).toBe('Дү');
    expect(month()).toBe('Желтоқсан');
    // Named by what they show, and the days are buttons (axe: label-content-name-mismatch, aria-allowed-attr).
    expect(element.querySelector('.p-datepicker-select-month')?.hasAttribute('aria-label')).toBe(false);
    const chosen = element.querySelector('.p-datepicker-day-selected');
    expect([
      chosen?.getAttribute('role'),
      chosen?.getAttribute('aria-pressed'),
      chosen?.hasAttribute('aria-selected'),
    ]).toEqual(['button', 'true', false]);

    switchPrimeVueLocale(app, 'ru');
    await nextTick();
    expect(weekdays()[0]).toBe('Пн');
    expect(month()).toBe('Декабрь');

    switchPrimeVueLocale(app, 'en');
    await nextTick();
    expect(month()).toBe('December');
    app.unmount();
    element.remove();
  });
});
