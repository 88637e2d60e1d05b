import type { LocalizedInput } from '@adal/domain';
import { builder } from '../../builder.js';

export const LocalizedTextInput = builder.inputType('LocalizedTextInput', {
  description: 'Kazakh and Russian are required; English falls back to Russian.',
  fields: (t) => ({
    kk: t.string({ required: true }),
    ru: t.string({ required: true }),
    en: t.string(),
  }),
});

type LocalizedArg = typeof LocalizedTextInput.$inferInput;

/** Leaves out a blank English text, so the domain falls back to Russian. */
export function toLocalizedInput(text: LocalizedArg): LocalizedInput {
  return { kk: text.kk, ru: text.ru, ...(text.en ? { en: text.en } : {}) };
}
