import { describe, expect, it } from 'vitest';
import { surveys } from './surveys';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function texts(tree: object): string[] {
  return Object.values(tree).flatMap((value: unknown) =>
    typeof value === 'object' && value !== null ? texts(value) : [String(value)],
  );
}

describe('the survey’s messages', () => {
  it('say every text in Kazakh, Russian and English alike', () => {
    const english = keys(surveys.en).sort();
    expect(keys(surveys.kk).sort()).toEqual(english);
    expect(keys(surveys.ru).sort()).toEqual(english);
  });

  it('leave no English word in the Kazakh and Russian texts', () => {
    for (const locale of ['kk', 'ru'] as const) {
      for (const text of texts(surveys[locale])) {
        // Placeholders ({subject}, {date}) are filled in; XLSX is the file's name.
        const words = text.replace(/\{\w+\}/g, '').replace('XLSX', '');
        expect(words, `${locale}: ${text}`).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });
});
