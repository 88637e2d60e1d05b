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
