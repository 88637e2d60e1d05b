import { describe, expect, it } from 'vitest';
import { annualProgramme } from './annual-programme';

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

describe('the programme’s and the initial assessment’s messages', () => {
  it('say every text in Kazakh, Russian and English alike, with all 13 aspects of §64', () => {
    const english = keys(annualProgramme.en).sort();
    expect(keys(annualProgramme.kk).sort()).toEqual(english);
    expect(keys(annualProgramme.ru).sort()).toEqual(english);
    expect(Object.keys(annualProgramme.en.assessment.aspects)).toHaveLength(13);
  });

  it('leave no English word in the Kazakh and Russian texts (a link’s https:// aside)', () => {
    for (const locale of ['kk', 'ru'] as const) {
      for (const text of texts(annualProgramme[locale])) {
        const words = text.replace(/\{\w+\}/g, '').replace('https://', '');
        expect(words, `${locale}: ${text}`).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });
});
