import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '@adal/domain/error-messages';
import { ADAL_LOCALES } from '../locale';
import { ERROR_CATALOGUE } from './catalogue';
import { errorText } from './error-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);

/** Parameters whose values are English words or codes: a Kazakh or Russian text never shows them. */
const ENGLISH_VALUED = [
  'doing',
  'roles',
  'label',
  'what',
  'kinds',
  'bases',
  'entity',
  'id',
  'detail',
  'first',
];

describe('the error catalogue', () => {
  it('says every message key the domain uses in kk, ru and en, with only the parameters the domain gives', () => {
    for (const locale of ADAL_LOCALES) {
      const messages: Record<string, string> = ERROR_CATALOGUE[locale].messages;
      for (const [key, english] of Object.entries(ERROR_MESSAGES)) {
        expect(messages[key]?.trim(), `${locale}: ${key}`).toBeTruthy();
        const given = placeholders(english);
        for (const name of placeholders(messages[key] ?? ''))
          expect(given, `${locale}: ${key}`).toContain(name);
      }
      expect(Object.keys(messages).sort()).toEqual(Object.keys(ERROR_MESSAGES).sort());
    }
  });

  it('keeps English words out of the Kazakh and Russian texts', () => {
    for (const locale of ['kk', 'ru'] as const) {
      for (const [key, text] of Object.entries(ERROR_CATALOGUE[locale].messages)) {
        for (const name of ENGLISH_VALUED) expect(text, `${locale}: ${key}`).not.toContain(`{${name}}`);
      }
    }
  });

  it('fills in the parameters and writes calendar days as the language does', () => {
    const error = {
      code: 'VALIDATION',
      messageKey: 'hotline.dispute.decisionBeforeApplication',
      params: { date: '2026-03-01', appliedOn: '2026-03-05' },
    };
    expect(errorText(error, 'ru')).toBe('Дата решения 01.03.2026 раньше даты обращения 05.03.2026');
    expect(errorText(error, 'kk')).toBe('Шешімнің күні 01.03.2026 өтініш берілген 05.03.2026 күнінен ерте');
    expect(
      errorText({ code: 'VALIDATION', messageKey: 'hotline.report.whatTooShort', params: { min: 20 } }, 'en'),
    ).toBe('Describe what happened in at least 20 characters, so that it can be checked');
  });

  it('falls back to the general text of the code for an unknown key or none, never the English message', () => {
    expect(errorText({ code: 'CONFLICT', messageKey: 'training.something.new', params: {} }, 'kk')).toBe(
      ERROR_CATALOGUE.kk.codes.CONFLICT,
    );
    expect(errorText({ code: 'FORBIDDEN' }, 'ru')).toBe(ERROR_CATALOGUE.ru.codes.FORBIDDEN);
    expect(errorText({ code: 'TIMEOUT' }, 'ru')).toBe(ERROR_CATALOGUE.ru.codes.INTERNAL);
  });
});
