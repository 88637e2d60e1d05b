import type { LifeCycles } from 'single-spa';
import type { AdalPluginManifest } from '@adal/sdk';
import { pluginIdOf } from './import-map';

export type PluginFailure = 'load' | 'mount';

export interface LoadedPlugin {
  specifier: string;
  id: string;
  routePrefix: string;
  /** null when the bundle could not be loaded or is not an Adal plugin. */
  manifest: AdalPluginManifest | null;
  lifecycles: LifeCycles<Record<string, unknown>> | null;
}

type Importer = (specifier: string) => Promise<unknown>;

const importThroughMap: Importer = (specifier) => import(/* @vite-ignore */ specifier);

function isPluginModule(value: unknown): value is LifeCycles<Record<string, unknown>> & {
  manifest: AdalPluginManifest;
} {
  if (typeof value !== 'object' || value === null) return false;
  const module = value as Record<string, unknown>;
  const manifest = module.manifest as Partial<AdalPluginManifest> | undefined;
  return (
    typeof module.mount === 'function' &&
    typeof module.unmount === 'function' &&
    typeof manifest?.routePrefix === 'string' &&
    Array.isArray(manifest.navigation)
  );
}

/**
 * Loads one plugin through the import map. A plugin that fails (404, syntax error, wrong
 * exports) still gets its route, `/<id>`, where the shell shows why it is missing.
 */
export async function loadPlugin(
  specifier: string,
  importer: Importer = importThroughMap,
): Promise<LoadedPlugin> {
  const id = pluginIdOf(specifier);
  try {
    const module = await importer(specifier);
    if (!isPluginModule(module)) throw new Error(`${specifier} does not export an Adal plugin`);
    return {
      specifier,
      id,
      routePrefix: module.manifest.routePrefix,
      manifest: module.manifest,
      lifecycles: module,
    };
  } catch (error) {
    console.error(`[adal] plugin ${specifier} failed to load`, error);
    return { specifier, id, routePrefix: `/${id}`, manifest: null, lifecycles: null };
  }
}

export function isUnder(pathname: string, prefix: string): boolean {
  const base = prefix.replace(/\/+$/, '');
  return pathname === base || pathname.startsWith(`${base}/`);
}
