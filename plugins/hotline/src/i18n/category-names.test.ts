import { describe, expect, it } from 'vitest';
import { intakeMessages } from '../../intake/i18n/locales';
import { HOTLINE_CATEGORIES } from '../composables/hotline-vocabulary';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

describe('hotline category names', () => {
  it('are the same in the public intake and in the back office, in every language', () => {
    const backOffice = { kk, ru, en };
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const category of HOTLINE_CATEGORIES) {
        const name = backOffice[locale].category[category];
        expect(name.trim(), `${locale} ${category}`).not.toBe('');
        expect(intakeMessages[locale].categories[category].label).toBe(name);
      }
    }
  });
});
