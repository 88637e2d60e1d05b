import { createApp } from 'vue';
import type { LifeCycles } from 'single-spa';
import type { PluginFailure } from '../plugins';
import { pluginIdOf } from '../import-map';
import { createChromeI18n, followSessionLocale } from './i18n';
import PluginError from './PluginError.vue';

/** Renders the translated failure notice into a plugin's area; returns how to remove it. */
function mountNotice(area: HTMLElement, appName: string, reason: PluginFailure): () => void {
  const i18n = createChromeI18n();
  const stopFollowing = followSessionLocale(i18n);
  const host = document.createElement('div');
  area.replaceChildren(host);
  const app = createApp(PluginError, { name: pluginIdOf(appName), reason }).use(i18n);
  app.mount(host);
  return () => {
    stopFollowing();
    app.unmount();
    host.remove();
  };
}

/** Stands in for a plugin whose bundle could not be loaded, so its route explains itself. */
export function pluginErrorLifecycles(
  appName: string,
  reason: PluginFailure,
): LifeCycles<Record<string, unknown>> {
  let remove: (() => void) | undefined;
  return {
    bootstrap: async () => undefined,
    mount: async (props) => {
      remove = mountNotice(props.domElement as HTMLElement, appName, reason);
    },
    unmount: async () => {
      remove?.();
      remove = undefined;
    },
  };
}

const shown = new Map<string, () => void>();

/** For a plugin that threw: single-spa will not touch it again, so the notice stays. */
export function renderPluginFailure(area: HTMLElement, appName: string, reason: PluginFailure): void {
  shown.get(appName)?.();
  shown.set(appName, mountNotice(area, appName, reason));
  area.hidden = false;
}
