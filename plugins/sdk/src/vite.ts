// `@adal/sdk/vite`: how every plugin is built (Node side, for vite.config.ts; not in the browser bundle).
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { runnerImport, type Plugin, type UserConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import type { AdalMessageTree, AdalMessages } from './locale';
// Named with its extension: this file runs in Node as it is (type stripping), not through a bundler.
import { mergeMessages } from './merge-messages.ts';

/** The libraries the shell serves once through the import map (ADR 005). */
export const ADAL_SHARED_MODULES = [
  'vue',
  'pinia',
  'vue-router',
  'vue-i18n',
  'single-spa',
  'single-spa-vue',
  '@adal/sdk',
] as const;

const escaped = ADAL_SHARED_MODULES.map((name) => name.replace(/[/.]/g, '\\$&'));
const SHARED = new RegExp(`^(${escaped.join('|')})($|/)`);

/**
 * The sdk's data modules, tables of texts with no state to share: a plugin that imports one bundles
 * it into the page that uses it, so the kit every page loads does not carry it (the audit trail's
 * action names in three languages are 30 KB that two pages read).
 */
export const ADAL_BUNDLED_SDK_MODULES = ['@adal/sdk/audit-actions'] as const;

/** True for a shared library or one of its subpaths: a build external, never bundled. */
export function isAdalSharedModule(id: string): boolean {
  return SHARED.test(id) && !(ADAL_BUNDLED_SDK_MODULES as readonly string[]).includes(id);
}

export interface AdalPluginBuild {
  /** The plugin's id, as in its manifest. */
  id: string;
  /** The plugin's package.json: its name and version go into dist/manifest.json. */
  pkg: { name: string; version: string };
}

/**
 * Brotli and gzip copies beside every text file of a build (`plugin.js.br`, `plugin.js.gz`):
 * compressed once at build time, at the highest levels, and served by the gateway per
 * Accept-Encoding. Files too small to gain stay as they are.
 */
export function adalCompression(): Plugin {
  return compression({
    algorithms: ['brotliCompress', 'gzip'],
    include: /\.(js|mjs|css|json|html|svg)$/,
    threshold: 1024,
  });
}

/** The data the shell needs before it loads a plugin: everything in the manifest but code. */
interface ManifestData {
  [key: string]: unknown;
  messages: AdalMessages;
}

/**
 * Evaluates the plugin's `src/lifecycles.ts` in Node with the sdk replaced by a stand-in whose
 * `defineAdalPlugin` keeps only the data of the definition (routes, components and the module
 * URL are code). Pages are imported lazily by the routes; a root component is compiled but
 * never rendered.
 */
async function readManifestData(root: string, version: string): Promise<ManifestData> {
  const stubId = '\0adal-sdk-manifest';
  const { module } = await runnerImport<{ manifest: ManifestData }>(resolve(root, 'src/lifecycles.ts'), {
    configFile: false,
    root,
    logLevel: 'silent',
    define: { __PLUGIN_VERSION__: JSON.stringify(version) },
    plugins: [
      // A root component given to defineAdalPlugin is imported by the lifecycles themselves.
      vue(),
      {
        name: 'adal-sdk-manifest',
        enforce: 'pre',
        resolveId: (id) => (id === '@adal/sdk' ? stubId : null),
        load: (id) =>
          id === stubId
            ? // Messages kept per part are merged as in the bundle: the same function (it uses nothing else).
              `export ${mergeMessages.toString()}
               export function defineAdalPlugin(definition) {
                 const { rootComponent, moduleUrl, routes, ...data } = definition;
                 return { manifest: { kpiWidgets: [], ...data } };
               }`
            : null,
      },
    ],
  });
  return module.manifest;
}

/** Every message key the manifest names: the values of its fields ending in `Key` (labelKey, titleKey…). */
export function manifestMessageKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) manifestMessageKeys(item, keys);
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, field] of Object.entries(value)) {
      if (name === 'messages') continue;
      if (name.endsWith('Key') && typeof field === 'string') keys.add(field);
      else manifestMessageKeys(field, keys);
    }
  }
  return keys;
}

/** The messages of `keys` only (dotted paths), in every locale. */
export function pickMessages(messages: AdalMessages, keys: ReadonlySet<string>): AdalMessages {
  const pickTree = (tree: AdalMessageTree): AdalMessageTree => {
    const picked: AdalMessageTree = {};
    for (const key of keys) {
      const path = key.split('.');
      let source: string | AdalMessageTree | undefined = tree;
      for (const part of path) source = typeof source === 'object' ? source[part] : undefined;
      if (source === undefined) continue;
      let target = picked;
      for (const part of path.slice(0, -1)) {
        const next = target[part];
        target = typeof next === 'object' ? next : (target[part] = {});
      }
      target[path.at(-1) ?? key] = source;
    }
    return picked;
  };
  return Object.fromEntries(
    Object.entries(messages).map(([locale, tree]) => [locale, pickTree(tree)]),
  ) as AdalMessages;
}

/**
 * dist/manifest.json: the gateway reads `id` and `entry` to put the plugin in the import map;
 * the shell reads the plugin's manifest from it (route prefix, navigation, KPI widgets and the
 * messages they name) and imports `plugin.js` only when the plugin's route is first visited.
 */
function manifestFile({ id, pkg }: AdalPluginBuild): Plugin {
  let root = process.cwd();
  return {
    name: 'adal-plugin-manifest',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const data = await readManifestData(root, pkg.version);
      const manifest = {
        id,
        name: pkg.name,
        entry: 'plugin.js',
        ...data,
        version: pkg.version,
        // The home page words each plugin's work items (`work.<kind>`) before the plugin loads.
        messages: pickMessages(data.messages, manifestMessageKeys(data, new Set(['work']))),
      };
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
    plugins: [vue(), manifestFile(plugin), adalCompression()],
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
      rolldownOptions: {
        external: isAdalSharedModule,
        output: {
          // Chunks carry their content hash and sit in assets/, which the gateway caches for a year.
          chunkFileNames: 'assets/[name]-[hash].js',
          // Library mode keeps an ES bundle's whitespace and comments for a bundler that would
          // take it in; a plugin goes to the browser as it is, so it is minified as the shell is.
          minify: true,
          // What two chunks share goes into one chunk, which the bundle imports (its lifecycles share
          // the plugin's constants with every page), so a page's chunk needs nothing fetched after
          // it but data: library mode inserts no preloading of a lazy page's own imports.
          codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] },
        },
      },
    },
  };
}
