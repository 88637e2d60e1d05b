import { describe, expect, it, vi } from 'vitest';
import { ERROR_MESSAGES } from '@adal/domain/error-messages';
import { ADAL_LOCALES } from '../locale';
import { ERROR_CODE_TEXTS } from './codes';
import { en } from './en';
import { errorText, hasDomainMessage } from './error-text';
import { kk } from './kk';
import { ru } from './ru';

const MESSAGES = { kk, ru, en };

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
      const messages: Record<string, string> = MESSAGES[locale];
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
      for (const [key, text] of Object.entries(MESSAGES[locale])) {
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
      ERROR_CODE_TEXTS.kk.CONFLICT,
    );
    expect(errorText({ code: 'FORBIDDEN' }, 'ru')).toBe(ERROR_CODE_TEXTS.ru.FORBIDDEN);
    expect(errorText({ code: 'TIMEOUT' }, 'ru')).toBe(ERROR_CODE_TEXTS.ru.INTERNAL);
  });

  it('downloads a language’s messages only when asked, and says the code’s text until then', async () => {
    vi.resetModules();
    const catalogue = await import('./catalogue');
    const text = await import('./error-text');
    const error = { code: 'VALIDATION', messageKey: 'hotline.report.whatTooShort', params: { min: 20 } };
    expect(catalogue.errorMessagesOf('ru')).toBeUndefined();
    expect(text.hasDomainMessage(error, 'ru')).toBe(false);
    expect(text.errorText(error, 'ru')).toBe(ERROR_CODE_TEXTS.ru.VALIDATION);
    await catalogue.loadErrorMessages('ru');
    expect(text.hasDomainMessage(error, 'ru')).toBe(true);
    expect(text.errorText(error, 'ru')).toBe(ru['hotline.report.whatTooShort'].replace('{min}', '20'));
    expect(catalogue.errorMessagesOf('kk')).toBeUndefined();
  });

  it('knows a key in the languages loaded', () => {
    expect(hasDomainMessage({ code: 'CONFLICT', messageKey: 'kernel.notFound' }, 'kk')).toBe(true);
    expect(hasDomainMessage({ code: 'CONFLICT', messageKey: 'training.something.new' }, 'kk')).toBe(false);
  });
});
