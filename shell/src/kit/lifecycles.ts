import { defineAdalPlugin } from '@adal/sdk';
import { KIT_PATH } from '../dev-tools';
import KitSheet from './KitSheet.vue';
import { kitSheetMessages } from './messages';

// The style sheet runs as a plugin does (its own app, i18n, PrimeVue in the host's language,
// the sdk's tokens and root), so what it shows is what a plugin gets.
const kit = defineAdalPlugin({
  id: 'kit',
  version: '0.0.0',
  routePrefix: KIT_PATH,
  routes: [{ path: '/', component: KitSheet }],
  messages: kitSheetMessages,
  navigation: [],
});

export const { bootstrap, mount, unmount, update } = kit;
