import type { LocalizedText } from '../kernel/locale.js';

/** Text as an author enters it: Kazakh and Russian are required, English is optional. */
export interface LocalizedInput {
  kk: string;
  ru: string;
  en?: string;
}

/** What is missing from a text, or null. */
/** True when a Kazakh or a Russian text is missing: both are required, English is optional. */
export function lacksKazakhOrRussian(text: LocalizedInput | undefined): boolean {
  return !text || !text.kk?.trim() || !text.ru?.trim();
}

export function localizedProblem(text: LocalizedInput | undefined, what: string): string | null {
  if (lacksKazakhOrRussian(text)) return `${what} needs a Kazakh and a Russian text`;
  return null;
}

/** Missing English falls back to the Russian text. */
export function toLocalizedText(text: LocalizedInput): LocalizedText {
  const en = text.en?.trim();
  return { kk: text.kk.trim(), ru: text.ru.trim(), en: en ? en : text.ru.trim() };
}
