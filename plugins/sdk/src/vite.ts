// `@adal/sdk/vite`: how every plugin is built (Node side, for vite.config.ts; not in the browser bundle).
import vue from '@vitejs/plugin-vue';
import type { Plugin, UserConfig } from 'vite';

/** The libraries the shell serves once through the import map (ADR 005). */
export const ADAL_SHARED_MODULES = [
  'vue',
  'pinia',
  'vue-router',
  'vue-i18n',
  'single-spa',
  'single-spa-vue',
  'echarts',
  '@adal/sdk',
] as const;

const escaped = ADAL_SHARED_MODULES.map((name) => name.replace(/[/.]/g, '\\$&'));
const SHARED = new RegExp(`^(${escaped.join('|')})($|/)`);

/** True for a shared library or one of its subpaths: a build external, never bundled. */
export function isAdalSharedModule(id: string): boolean {
  return SHARED.test(id);
}

export interface AdalPluginBuild {
  /** The plugin's id, as in its manifest. */
  id: string;
  /** The plugin's package.json: its name and version go into dist/manifest.json. */
  pkg: { name: string; version: string };
}

/** dist/manifest.json, which the gateway reads to put the plugin in the import map. */
function manifestFile({ id, pkg }: AdalPluginBuild): Plugin {
  return {
    name: 'adal-plugin-manifest',
    generateBundle() {
      const manifest = { id, name: pkg.name, entry: 'plugin.js', version: pkg.version };
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
    },
  };
}

/**
 * A plugin's build: src/lifecycles.ts as one ES module (dist/plugin.js) with its CSS beside it
 * (dist/plugin.css, linked on mount by `defineAdalPlugin({ moduleUrl })`) and its manifest.
 * Shared libraries come through the import map; the bundle holds only the plugin's own code.
 */
export function adalPluginViteConfig(plugin: AdalPluginBuild): UserConfig {
  return {
    plugins: [vue(), manifestFile(plugin)],
    define: { __PLUGIN_VERSION__: JSON.stringify(plugin.pkg.version) },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      lib: {
        entry: 'src/lifecycles.ts',
        formats: ['es'],
        fileName: () => 'plugin.js',
        cssFileName: 'plugin',
      },
      rolldownOptions: { external: isAdalSharedModule },
    },
  };
}
