/** The interface languages: Kazakh (default), Russian, English. */
export type Locale = 'kk' | 'ru' | 'en';

export const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

export const DEFAULT_LOCALE: Locale = 'kk';

/** A text a person reads, in every interface language. */
export type LocalizedText = Record<Locale, string>;

/**
 * A name an organisation enters, in every interface language: the translation kept for each, or
 * the single name it was first entered with where there is none.
 */
export function localizedName(
  names: Partial<LocalizedText> | null | undefined,
  fallback: string,
): LocalizedText {
  const pick = (locale: Locale) => names?.[locale]?.trim() || fallback;
  return { kk: pick('kk'), ru: pick('ru'), en: pick('en') };
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
