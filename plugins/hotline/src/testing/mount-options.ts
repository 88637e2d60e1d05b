import type { Plugin } from 'vue';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import { adalPrimeVueOptions } from '@adal/sdk';
import { messages } from '../i18n';

/** What a mounted component of this plugin gets from the plugin's app: i18n (in English) and PrimeVue. */
export function withPlugin(): { global: { plugins: (Plugin | [Plugin, unknown])[] } } {
  return {
    global: {
      plugins: [
        createI18n({ legacy: false, locale: 'en', fallbackLocale: 'ru', messages }),
        [PrimeVue, adalPrimeVueOptions],
      ],
    },
  };
}
