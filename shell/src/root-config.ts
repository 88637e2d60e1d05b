// The single-spa root config: read the plugins' manifests, register them, start. A plugin's
// bundle is imported by single-spa when its route is first active (ADR 011).
// Everything a person sees (navigation, login, errors) is the chrome application's.
import { addErrorHandler, registerApplication, start, triggerAppChange } from 'single-spa';
import { devToolsOffered, KIT_PATH } from './dev-tools';
import { pluginSpecifiers } from './import-map';
import { areaFor, syncAreas } from './layout';
import { isUnder, loadPlugin, type LoadedPlugin } from './plugins';
import { session } from './session';

const CHROME = '@adal/shell-chrome';

const plugins: LoadedPlugin[] = await Promise.all(pluginSpecifiers(document).map((name) => loadPlugin(name)));

registerApplication({
  name: CHROME,
  app: () => import('./chrome/lifecycles'),
  activeWhen: () => true,
  customProps: { domElement: document.getElementById('adal-chrome'), plugins },
});

for (const plugin of plugins) {
  registerApplication<Record<string, unknown>>({
    name: plugin.specifier,
    app: async () => {
      try {
        if (plugin.loadLifecycles) return await plugin.loadLifecycles();
      } catch (error) {
        console.error(`[adal] plugin ${plugin.specifier} failed to load`, error);
      }
      return (await import('./chrome/plugin-error')).pluginErrorLifecycles(plugin.specifier, 'load');
    },
    activeWhen: (location) => session.signedIn && isUnder(location.pathname, plugin.routePrefix),
    customProps: () => ({
      ...session.hostProps(window.location.origin),
      domElement: areaFor(plugin.specifier),
    }),
  });
}

// The kit's style sheet, in development only; its code is fetched when the page is opened.
if (devToolsOffered()) {
  registerApplication<Record<string, unknown>>({
    name: '@adal/shell-kit',
    app: () => import('./kit/lifecycles'),
    activeWhen: (location) => isUnder(location.pathname, KIT_PATH),
    customProps: () => ({
      ...session.hostProps(window.location.origin),
      domElement: areaFor('@adal/shell-kit'),
    }),
  });
}

// A plugin that throws while mounting is marked broken by single-spa; its area says so.
addErrorHandler((error) => {
  if (error.appOrParcelName === CHROME) return;
  console.error(`[adal] ${error.appOrParcelName} failed`, error);
  void import('./chrome/plugin-error').then((m) =>
    m.renderPluginFailure(areaFor(error.appOrParcelName), error.appOrParcelName, 'mount'),
  );
});

session.addEventListener('change', (event) => {
  if ((event as CustomEvent<string>).detail === 'auth') void triggerAppChange();
});
window.addEventListener('single-spa:routing-event', () => syncAreas());

start({ urlRerouteOnly: true });
