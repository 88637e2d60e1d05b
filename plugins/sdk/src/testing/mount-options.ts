import type { Plugin } from 'vue';
import { graphqlClientKey, type GraphqlClient } from '../graphql/client';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import { withKitMessages } from '../kit-messages';
import type { AdalLocale, AdalMessages } from '../locale';
import { primeVueOptionsFor } from '../primevue-locale';
import { adalPrimeVueOptions } from '../theme';

export interface PluginMountOptions {
  global: { plugins: (Plugin | [Plugin, unknown])[]; provide: Record<symbol, unknown> };
}

/**
 * What a mounted component of a plugin gets from the plugin's app: its i18n (in English unless
 * told), PrimeVue and, when given, the GraphQL client that the kit's own components (the person
 * picker) ask.
 */
export function pluginMountOptions(
  messages: AdalMessages,
  locale: AdalLocale = 'en',
  graphql?: GraphqlClient,
): PluginMountOptions {
  return {
    global: {
      provide: graphql ? { [graphqlClientKey]: graphql } : {},
      plugins: [
        createI18n({
          legacy: false,
          locale,
          fallbackLocale: 'ru',
          messages: withKitMessages(messages),
        }),
        [PrimeVue, primeVueOptionsFor(adalPrimeVueOptions, locale)],
      ],
    },
  };
}
