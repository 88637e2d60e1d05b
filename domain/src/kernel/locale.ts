/** The interface languages: Kazakh (default), Russian, English. */
export type Locale = 'kk' | 'ru' | 'en';

export const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

export const DEFAULT_LOCALE: Locale = 'kk';

/** A text a person reads, in every interface language. */
export type LocalizedText = Record<Locale, string>;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
