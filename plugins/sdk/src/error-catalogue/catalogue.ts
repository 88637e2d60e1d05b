import { shallowReactive } from 'vue';
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

/**
 * Reactive, so that a failure drawn before its language's messages came is drawn again with its
 * message when they do: no page waits for them to show itself.
 */
const loaded = shallowReactive<Partial<Record<AdalLocale, ErrorMessages>>>({});
const loading = new Map<AdalLocale, Promise<void>>();

/**
 * Loads the domain messages of `locale`, once: a plugin asks for them as it mounts and when its
 * language changes, the shell as soon as the person is signed in. A load that failed (the network)
 * is forgotten, and the next call tries again; meanwhile failures read as their code's text.
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

/**
 * Asks for the messages of `locale` without waiting for them: a page shows at once, and a failure
 * it shows meanwhile reads as its code's text until they come (the messages are reactive). Without
 * them (the network) it stays so, and the next ask tries again.
 */
export function requestErrorMessages(locale: AdalLocale): void {
  loadErrorMessages(locale).catch(() => undefined);
}
