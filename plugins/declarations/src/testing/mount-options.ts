import type { AdalLocale } from '@adal/sdk';
import { pluginMountOptions, type PluginMountOptions } from '@adal/sdk/testing';
import { messages } from '../i18n';

/** What a mounted component of this plugin gets from the plugin's app: i18n (in English unless told) and PrimeVue. */
export function withPlugin(locale: AdalLocale = 'en'): PluginMountOptions {
  return pluginMountOptions(messages, locale);
}
