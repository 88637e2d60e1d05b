import type { AdalLocale, GraphqlClient } from '@adal/sdk';
import { pluginMountOptions, type PluginMountOptions } from '@adal/sdk/testing';
import { messages } from '../i18n';

/**
 * What a mounted component of this plugin gets from the plugin's app: i18n (in English unless
 * told), PrimeVue and, when given, the GraphQL client the kit's person picker asks.
 */
export function withPlugin(locale: AdalLocale = 'en', graphql?: GraphqlClient): PluginMountOptions {
  return pluginMountOptions(messages, locale, graphql);
}
