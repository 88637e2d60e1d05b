/** The interface languages, Kazakh first: it is the default (see ARCHITECTURE.md, Languages). */
export const ADAL_LOCALES = ['kk', 'ru', 'en'] as const;
export type AdalLocale = (typeof ADAL_LOCALES)[number];
export const DEFAULT_LOCALE: AdalLocale = 'kk';

export function isAdalLocale(value: unknown): value is AdalLocale {
  return typeof value === 'string' && (ADAL_LOCALES as readonly string[]).includes(value);
}

/** A tree of translated strings, as vue-i18n takes it. */
export interface AdalMessageTree {
  [key: string]: string | AdalMessageTree;
}

export type AdalMessages = Record<AdalLocale, AdalMessageTree>;
