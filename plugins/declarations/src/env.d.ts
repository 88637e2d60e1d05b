/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

/** The package version, fixed when the bundle is built. */
declare const __PLUGIN_VERSION__: string;
