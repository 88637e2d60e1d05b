import { describe, expect, it } from 'vitest';
import { detectLocale, format, intakeMessages } from './locales';

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(() => 'text');
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('intake languages', () => {
  it('has every text in Kazakh, Russian and English, none left empty', () => {
    expect(shape(intakeMessages.kk)).toEqual(shape(intakeMessages.en));
    expect(shape(intakeMessages.ru)).toEqual(shape(intakeMessages.en));
    for (const messages of Object.values(intakeMessages)) {
      expect(texts(messages).filter((text) => text.trim() === '')).toEqual([]);
    }
  });

  it('keeps the same placeholders in every translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
    const en = texts(intakeMessages.en).map(placeholders);
    expect(texts(intakeMessages.kk).map(placeholders)).toEqual(en);
    expect(texts(intakeMessages.ru).map(placeholders)).toEqual(en);
  });

  it('writes Kazakh in Kazakh letters, not Russian copied over', () => {
    const kazakhLetters = /[әғқңөұүһі]/i;
    const kk = intakeMessages.kk;
    expect(kk.start.noRetaliation).toMatch(kazakhLetters);
    expect(kk.receipt.writeDown).toMatch(kazakhLetters);
    expect(kk.categories.corruption.label).toBe('Сыбайлас жемқорлық көріністері');
    expect(intakeMessages.ru.categories.corruption.label).toBe('Коррупционные проявления');
  });
});

describe('detectLocale', () => {
  it('takes ?lang= first, so the shell’s link opens the intake in the portal’s language', () => {
    expect(detectLocale('?lang=ru', ['en-US'])).toBe('ru');
    expect(detectLocale('?lang=en', ['kk-KZ'])).toBe('en');
  });

  it('falls back to the first browser language it speaks, then to Kazakh', () => {
    expect(detectLocale('', ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLocale('?lang=fr', ['EN-gb'])).toBe('en');
    expect(detectLocale('', ['de-DE', 'fr'])).toBe('kk');
    expect(detectLocale('', [])).toBe('kk');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{file} is larger than {size} MB.', { file: 'a.pdf', size: 5 })).toBe(
      'a.pdf is larger than 5 MB.',
    );
    expect(format('Report {number}', {})).toBe('Report {number}');
  });
});
