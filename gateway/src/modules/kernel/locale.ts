import { LOCALES } from '@adal/domain';
import { builder } from '../../builder.js';

export const LocaleEnum = builder.enumType('Locale', {
  description: 'Interface language: Kazakh (default), Russian or English.',
  values: LOCALES,
});

/** A text in every interface language, so a client can switch language without asking again. */
export const LocalizedTextRef = builder.objectRef<Record<(typeof LOCALES)[number], string>>('LocalizedText');

builder.objectType(LocalizedTextRef, {
  fields: (t) => ({
    kk: t.exposeString('kk'),
    ru: t.exposeString('ru'),
    en: t.exposeString('en'),
  }),
});

/**
 * A name an organisation enters, typed in each interface language: a blank one (or one that only
 * repeats the name as entered) keeps no translation, so that language reads the name as entered.
 */
export const NameTranslationsInput = builder.inputType('NameTranslationsInput', {
  description:
    'A name typed in each interface language; a blank one, or one repeating the name as entered, keeps no translation.',
  fields: (t) => ({
    kk: t.string(),
    ru: t.string(),
    en: t.string(),
  }),
});
