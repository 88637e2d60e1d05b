import { defineAdalPlugin } from '@adal/sdk';
import HotlineRoot from './HotlineRoot.vue';
import { messages } from './i18n';
import { kpiWidgets, navigation, PLUGIN_ID, PLUGIN_VERSION, ROUTE_PREFIX } from './manifest';
import { routes } from './routes';
import { linkStylesheet, unlinkStylesheet } from './stylesheet';

const plugin = defineAdalPlugin({
  id: PLUGIN_ID,
  version: PLUGIN_VERSION,
  routePrefix: ROUTE_PREFIX,
  rootComponent: HotlineRoot,
  routes,
  messages,
  navigation,
  kpiWidgets,
});

export const { bootstrap, manifest } = plugin;

export async function mount(props: Record<string, unknown>): Promise<unknown> {
  linkStylesheet(import.meta.url);
  return plugin.mount(props);
}

export async function unmount(props: Record<string, unknown>): Promise<unknown> {
  const result = await plugin.unmount(props);
  unlinkStylesheet();
  return result;
}
