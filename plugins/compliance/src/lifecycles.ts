import { defineAdalPlugin } from '@adal/sdk';
import { messages } from './i18n';
import { navigation, PLUGIN_ID, PLUGIN_TITLE_KEY, PLUGIN_VERSION, ROUTE_PREFIX } from './manifest';
import { routes } from './routes';

// The sdk's own root renders the routes; the CSS the build writes beside this bundle is linked on mount.
export const { bootstrap, mount, unmount, manifest } = defineAdalPlugin({
  id: PLUGIN_ID,
  version: PLUGIN_VERSION,
  routePrefix: ROUTE_PREFIX,
  titleKey: PLUGIN_TITLE_KEY,
  moduleUrl: import.meta.url,
  routes,
  messages,
  navigation,
});
