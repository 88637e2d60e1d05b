import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { messages } from './index';

// The shell words a work item as `work.<kind>` in the plugin's messages, with its subject and count.

describe("HR's reminder of the declaration data to publish (§29)", () => {
  it.each([
    ['kk', 'Жариялануға тиіс 2025 жылғы декларация деректері: 3'],
    ['ru', 'Данные деклараций к публикации за 2025 год: 3'],
    ['en', 'Declaration data to publish for 2025: 3'],
  ] as const)('is worded in %s with the reporting year and the count', (locale, text) => {
    const { global } = createI18n({ legacy: false, locale, messages });
    expect(global.te('work.financial_publications_due')).toBe(true);
    expect(global.t('work.financial_publications_due', { subject: '2025', count: '3' })).toBe(text);
  });
});
