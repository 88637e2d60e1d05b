import { createApp, h } from 'vue';
import singleSpaVue from 'single-spa-vue';
import { installAdalTokens } from '@adal/sdk/host';
import type { LoadedPlugin } from '../plugins';
import ChromeApp from './ChromeApp.vue';
import { createChromeI18n } from './i18n';

// The shell's own microfrontend: navigation, login, language switch and the pages that
// belong to no plugin. Always active.
const lifecycles = singleSpaVue({
  createApp,
  replaceMode: true,
  appOptions: (props: object) =>
    Promise.resolve({
      render: () => h(ChromeApp, { plugins: (props as { plugins: readonly LoadedPlugin[] }).plugins }),
    }),
  handleInstance(app, props: object) {
    installAdalTokens(document);
    app.use(createChromeI18n((props as { plugins: readonly LoadedPlugin[] }).plugins));
  },
});

export const { bootstrap, mount, unmount } = lifecycles;
