import { pluginMountOptions, type PluginMountOptions } from '@adal/sdk/testing';
import { messages } from '../i18n';

/** What a mounted component of this plugin gets from the plugin's app: i18n (in English) and PrimeVue. */
export function withPlugin(): PluginMountOptions {
  return pluginMountOptions(messages);
}
