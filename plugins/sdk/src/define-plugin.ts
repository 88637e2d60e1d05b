import { createApp, effectScope, h, readonly, watch, type App, type Component } from 'vue';
import singleSpaVue from 'single-spa-vue';
import { createPinia, disposePinia } from 'pinia';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import AdalPluginRoot from './components/AdalPluginRoot.vue';
import { adalContextKey, createLiveHostContext, readHostPatch } from './context';
import { createGraphqlClient, graphqlClientKey } from './graphql/client';
import { requestErrorMessages } from './error-catalogue';
import { withKitMessages } from './kit-messages';
import { DEFAULT_LOCALE, type AdalMessages } from './locale';
import { createPageRefusal, pageRefusalKey } from './page-refusal';
import { keepPageTitle } from './page-title';
import { refusalTitle } from './refusal-messages';
import './route-meta';
import type { AdalRole } from './roles';
import { linkPluginStylesheet, unlinkPluginStylesheet } from './stylesheet';
import { primeVueOptionsFor, switchPrimeVueLocale } from './primevue-locale';
import { adalPrimeVueOptions } from './theme';
import { installAdalTokens } from './tokens';

export interface AdalNavigationEntry {
  /** A key in the plugin's own messages. */
  labelKey: string;
  /** An absolute path (it starts with the plugin's route prefix). */
  path: string;
  /** Who sees the entry; empty means everyone signed in. */
  roles: readonly AdalRole[];
}

export interface AdalKpiWidget {
  kpiCode: string;
  titleKey: string;
}

export interface AdalPluginManifest {
  id: string;
  version: string;
  routePrefix: string;
  /** A key in the plugin's messages naming it: the host's navigation groups its pages under it. */
  titleKey?: string | undefined;
  navigation: readonly AdalNavigationEntry[];
  kpiWidgets: readonly AdalKpiWidget[];
  /** Carried so the host can label the navigation entries in the current locale. */
  messages: AdalMessages;
}

export interface AdalPluginDefinition {
  id: string;
  version: string;
  routePrefix: string;
  /**
   * A key in the plugin's messages naming it, for the host's navigation and the browser tab's
   * title (each route names its page with `meta.titleKey`).
   */
  titleKey?: string;
  /**
   * Renders the routes. Without one, the routed page sits in a root element classed
   * `adal-plugin adal-<id>`, and focus moves to the new page's `h1` after each navigation.
   */
  rootComponent?: Component;
  /**
   * The bundle's own `import.meta.url`. When given, the stylesheet the build writes beside the
   * bundle (plugin.css) is linked on mount and removed on unmount.
   */
  moduleUrl?: string;
  routes: RouteRecordRaw[];
  messages: AdalMessages;
  navigation: readonly AdalNavigationEntry[];
  kpiWidgets?: readonly AdalKpiWidget[];
}

export type AdalLifecycle = (props: Record<string, unknown>) => Promise<unknown>;

export interface AdalPlugin {
  bootstrap: AdalLifecycle;
  mount: AdalLifecycle;
  unmount: AdalLifecycle;
  update: AdalLifecycle;
  manifest: AdalPluginManifest;
}

/** Everything one mount owns, so that unmount can let go of all of it. */
interface MountedResources {
  disposeContext(): void;
  stopEffects(): void;
  destroyHistory(): void;
  disposeStore(): void;
  updateContext(props: unknown): void;
}

function isUnderPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix.replace(/\/$/, '')}/`);
}

function appName(props: unknown): string {
  const name = (props as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : 'adal-plugin';
}

export function defineAdalPlugin(definition: AdalPluginDefinition): AdalPlugin {
  const mounted = new Map<string, MountedResources>();

  const lifecycles = singleSpaVue({
    createApp,
    appOptions: {
      render: () =>
        definition.rootComponent
          ? h(definition.rootComponent)
          : h(AdalPluginRoot, { pluginId: definition.id, navigation: definition.navigation }),
    },
    handleInstance(app: App, props: object) {
      const live = createLiveHostContext(props);
      const scope = effectScope(true);
      const i18n = createI18n({
        legacy: false,
        locale: live.context.locale,
        fallbackLocale: 'ru',
        messages: withKitMessages(definition.messages),
      });
      // The host switches the language while the plugin stays mounted.
      scope.run(() =>
        watch(
          () => live.context.locale,
          (locale) => {
            i18n.global.locale.value = locale;
            switchPrimeVueLocale(app, locale);
            requestErrorMessages(locale);
          },
        ),
      );
      const history = createWebHistory(definition.routePrefix);
      const router = createRouter({ history, routes: definition.routes });
      const pinia = createPinia();
      const refusal = createPageRefusal(router, live.context);
      // The tab names the page (or its refusal) and the plugin, in the current language; only
      // while the address is the plugin's and someone is signed in, so that a plugin on its way
      // out never overwrites the title of the page that replaces it (home, sign-in).
      scope.run(() =>
        keepPageTitle({
          page() {
            const refused = refusal.current.value;
            if (refused) return refusalTitle(refused, i18n.global.locale.value);
            const titleKey = router.currentRoute.value.meta.titleKey;
            return titleKey ? i18n.global.t(titleKey) : null;
          },
          plugin: () => (definition.titleKey ? i18n.global.t(definition.titleKey) : null),
          shown: () =>
            live.context.token !== null && isUnderPrefix(window.location.pathname, definition.routePrefix),
        }),
      );
      app
        .use(pinia)
        .use(router)
        .use(i18n)
        .use(PrimeVue, primeVueOptionsFor(adalPrimeVueOptions, live.context.locale));
      app.provide(adalContextKey, readonly(live.context));
      app.provide(pageRefusalKey, refusal);
      app.provide(
        graphqlClientKey,
        createGraphqlClient({ url: live.context.graphqlUrl, getToken: () => live.context.token }),
      );
      mounted.set(appName(props), {
        disposeContext: live.dispose,
        stopEffects: () => scope.stop(),
        destroyHistory: () => history.destroy(),
        disposeStore: () => disposePinia(pinia),
        updateContext: (next) => Object.assign(live.context, readHostPatch(next)),
      });
    },
  });

  return {
    bootstrap: (props) => lifecycles.bootstrap(props),
    async mount(props) {
      if (definition.moduleUrl) linkPluginStylesheet(definition.id, definition.moduleUrl);
      installAdalTokens(document);
      // Usually loaded already, by the shell with the kit.
      requestErrorMessages(readHostPatch(props).locale ?? DEFAULT_LOCALE);
      return lifecycles.mount(props);
    },
    async unmount(props) {
      await lifecycles.unmount(props);
      const resources = mounted.get(appName(props));
      mounted.delete(appName(props));
      resources?.stopEffects();
      resources?.disposeContext();
      resources?.destroyHistory();
      resources?.disposeStore();
      if (definition.moduleUrl) unlinkPluginStylesheet(definition.id);
    },
    async update(props) {
      mounted.get(appName(props))?.updateContext(props);
    },
    manifest: {
      id: definition.id,
      version: definition.version,
      routePrefix: definition.routePrefix,
      titleKey: definition.titleKey,
      navigation: definition.navigation,
      kpiWidgets: definition.kpiWidgets ?? [],
      messages: definition.messages,
    },
  };
}
