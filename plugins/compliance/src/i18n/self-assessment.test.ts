import { describe, expect, it } from 'vitest';
import { selfAssessment } from './self-assessment';

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

describe('the self-assessment’s messages', () => {
  it('say every text in Kazakh, Russian and English alike', () => {
    const english = keys(selfAssessment.en).sort();
    expect(keys(selfAssessment.kk).sort()).toEqual(english);
    expect(keys(selfAssessment.ru).sort()).toEqual(english);
  });

  it('leave no English word in the Kazakh and Russian texts', () => {
    for (const locale of ['kk', 'ru'] as const) {
      for (const text of texts(selfAssessment[locale])) {
        const words = text.replace(/\{\w+\}/g, '');
        expect(words, `${locale}: ${text}`).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });
});
