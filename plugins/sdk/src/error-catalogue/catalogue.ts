import type { AdalLocale } from '../locale';
import type { en } from './en';

/** The keys the domain puts in `extensions.messageKey`. */
export type ErrorMessageKey = keyof typeof en;

/** Each domain message by its key, in one language. */
export type ErrorMessages = Record<ErrorMessageKey, string>;

/**
 * The messages of each language are a module of their own, about 100 KB of text: a person reads one
 * language, so the others are never downloaded (docs/performance.md, the browser side).
 */
const LOADERS: Record<AdalLocale, () => Promise<ErrorMessages>> = {
  kk: () => import('./kk').then((module) => module.kk),
  ru: () => import('./ru').then((module) => module.ru),
  en: () => import('./en').then((module) => module.en),
};

const loaded: Partial<Record<AdalLocale, ErrorMessages>> = {};
const loading = new Map<AdalLocale, Promise<void>>();

/**
 * Loads the domain messages of `locale`, once. A plugin awaits it before it mounts and before it
 * switches language, so its texts are there whenever it shows a failure. A load that failed (the
 * network) is forgotten, and the next call tries again; meanwhile failures read as their code's text.
 */
export function loadErrorMessages(locale: AdalLocale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]()
      .then((messages) => {
        loaded[locale] = messages;
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** The messages of `locale` once loaded, else undefined. */
export function errorMessagesOf(locale: AdalLocale): ErrorMessages | undefined {
  return loaded[locale];
}
