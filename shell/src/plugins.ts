import type { LifeCycles } from 'single-spa';
import type { AdalPluginManifest } from '@adal/sdk/host';
import { pluginIdOf } from './import-map';

export type PluginFailure = 'load' | 'mount';

export type PluginLifecycles = LifeCycles<Record<string, unknown>>;

export interface LoadedPlugin {
  specifier: string;
  id: string;
  routePrefix: string;
  /** null when neither the manifest nor the bundle could be read. */
  manifest: AdalPluginManifest | null;
  /**
   * Imports the bundle and returns its lifecycles; called when the plugin's route is first
   * visited. null when the plugin could not be read at all.
   */
  loadLifecycles: (() => Promise<PluginLifecycles>) | null;
}

export interface PluginSources {
  /** The bundle's address, resolved through the import map. */
  resolve(specifier: string): string;
  /** Reads the manifest.json the plugin's build writes beside its bundle. */
  fetchManifest(url: string): Promise<unknown>;
  /** Imports the bundle through the import map. */
  importModule(specifier: string): Promise<unknown>;
}

const browserSources: PluginSources = {
  resolve: (specifier) => import.meta.resolve(specifier),
  async fetchManifest(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  },
  importModule: (specifier) => import(/* @vite-ignore */ specifier),
};

function isManifest(value: unknown): value is AdalPluginManifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as Partial<AdalPluginManifest>;
  return (
    typeof manifest.routePrefix === 'string' &&
    Array.isArray(manifest.navigation) &&
    typeof manifest.messages === 'object' &&
    manifest.messages !== null
  );
}

function isPluginModule(value: unknown): value is PluginLifecycles & { manifest: AdalPluginManifest } {
  if (typeof value !== 'object' || value === null) return false;
  const module = value as Record<string, unknown>;
  return (
    typeof module.mount === 'function' && typeof module.unmount === 'function' && isManifest(module.manifest)
  );
}

/**
 * The shared libraries a plugin's pages import through the import map, each a small module that
 * re-exports the shell's own code. Asked for beside the bundle, they are ready when the route's
 * page imports them, instead of one round trip after the page arrives: a step fewer on a cold
 * deep link over a slow line (docs/performance.md). One that fails is the page's import to report.
 */
export const PAGE_LIBRARIES = ['vue', 'pinia', 'vue-i18n', 'vue-router'] as const;

async function importPlugin(
  specifier: string,
  sources: PluginSources,
): Promise<PluginLifecycles & { manifest: AdalPluginManifest }> {
  const module = await sources.importModule(specifier);
  if (!isPluginModule(module)) throw new Error(`${specifier} does not export an Adal plugin`);
  return module;
}

/** The manifest.json beside the bundle, or null when there is none with a plugin manifest in it. */
async function readManifest(specifier: string, sources: PluginSources): Promise<AdalPluginManifest | null> {
  try {
    const manifest = await sources.fetchManifest(new URL('manifest.json', sources.resolve(specifier)).href);
    return isManifest(manifest) ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * Reads one plugin's manifest without loading its code (ADR 011): the bundle is imported only
 * when its route is first visited, so a person who never opens a plugin never downloads it.
 * A plugin built without such a manifest is imported at once for the manifest it exports. A
 * plugin that fails (404, syntax error, wrong exports) still gets its route, `/<id>`, where the
 * shell shows why it is missing.
 */
export async function loadPlugin(
  specifier: string,
  sources: PluginSources = browserSources,
): Promise<LoadedPlugin> {
  const id = pluginIdOf(specifier);
  const manifest = await readManifest(specifier, sources);
  if (manifest) {
    return {
      specifier,
      id,
      routePrefix: manifest.routePrefix,
      manifest,
      // The route is being visited: its page will want the libraries too.
      loadLifecycles: () => {
        for (const library of PAGE_LIBRARIES) sources.importModule(library).catch(() => undefined);
        return importPlugin(specifier, sources);
      },
    };
  }
  try {
    const module = await importPlugin(specifier, sources);
    return {
      specifier,
      id,
      routePrefix: module.manifest.routePrefix,
      manifest: module.manifest,
      loadLifecycles: async () => module,
    };
  } catch (error) {
    console.error(`[adal] plugin ${specifier} failed to load`, error);
    return { specifier, id, routePrefix: `/${id}`, manifest: null, loadLifecycles: null };
  }
}

export function isUnder(pathname: string, prefix: string): boolean {
  const base = prefix.replace(/\/+$/, '');
  return pathname === base || pathname.startsWith(`${base}/`);
}
