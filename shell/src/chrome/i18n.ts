import { createI18n } from 'vue-i18n';
import { ADAL_LOCALES, type AdalMessageTree } from '@adal/sdk/host';
import { session } from '../session';
import type { LoadedPlugin } from '../plugins';
import { chromeMessages } from './messages';

/** The chrome's texts plus each loaded plugin's messages under `plugin.<id>` (for its nav labels). */
export function createChromeI18n(plugins: readonly LoadedPlugin[] = []) {
  const messages: Record<string, AdalMessageTree> = Object.fromEntries(
    ADAL_LOCALES.map((locale) => {
      const pluginMessages = Object.fromEntries(
        plugins.flatMap((p) => (p.manifest ? [[p.id, p.manifest.messages[locale] ?? {}]] : [])),
      );
      return [locale, { ...chromeMessages[locale], plugin: pluginMessages }];
    }),
  );
  return createI18n({
    legacy: false,
    locale: session.state.locale,
    fallbackLocale: 'ru',
    messages,
  });
}

export type ChromeI18n = ReturnType<typeof createChromeI18n>;

/** Keeps an i18n instance on the session's language; returns the function that stops it. */
export function followSessionLocale(i18n: ChromeI18n): () => void {
  const apply = (): void => {
    i18n.global.locale.value = session.state.locale;
  };
  session.addEventListener('change', apply);
  return () => session.removeEventListener('change', apply);
}
