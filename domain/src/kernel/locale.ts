/** The interface languages: Kazakh (default), Russian, English. */
export type Locale = 'kk' | 'ru' | 'en';

export const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

export const DEFAULT_LOCALE: Locale = 'kk';

/** A text a person reads, in every interface language. */
export type LocalizedText = Record<Locale, string>;

/**
 * A name an organisation enters (the organisation, an org unit, a post), in every interface
 * language. One fallback for every such name and every reader, so that a thing carries the same
 * name on every page, in every export and mail: the translation kept for the language, else the
 * name as it was first entered (`fallback`: the name its staff file and its records use). Another
 * language's translation never stands in for a missing one, since the name as entered is the one
 * the organisation itself goes by. A unit entered as "Бухгалтерия" with only `ru` kept therefore
 * reads "Бухгалтерия" in Kazakh and English as well.
 */
export function localizedName(
  names: Partial<LocalizedText> | null | undefined,
  fallback: string,
): LocalizedText {
  const pick = (locale: Locale) => names?.[locale]?.trim() || fallback;
  return { kk: pick('kk'), ru: pick('ru'), en: pick('en') };
}

/**
 * The translations of a name worth keeping, from what a person typed: spaces tidied, blanks
 * dropped, and any that only repeat the name as entered dropped too (the fallback says it
 * already), so a form that shows each language's current text can be sent back unchanged. Null
 * when none is left.
 */
export function keptTranslations(
  typed: Partial<Record<Locale, string | null>>,
  name: string,
): Partial<LocalizedText> | null {
  const kept: Partial<LocalizedText> = {};
  for (const locale of LOCALES) {
    const text = (typed[locale] ?? '').trim().replace(/\s+/g, ' ');
    if (text && text !== name) kept[locale] = text;
  }
  return Object.keys(kept).length > 0 ? kept : null;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
