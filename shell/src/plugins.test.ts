import { describe, expect, it, vi } from 'vitest';
import { isUnder, loadPlugin, PAGE_LIBRARIES, type PluginSources } from './plugins';

const manifest = {
  id: 'training',
  version: '0.1.0',
  routePrefix: '/training',
  navigation: [],
  kpiWidgets: [],
  messages: { kk: {}, ru: {}, en: {} },
};
const lifecycles = {
  bootstrap: async () => undefined,
  mount: async () => undefined,
  unmount: async () => undefined,
};

/** A deployment: manifest files by address, modules by specifier, and a record of what was read. */
function deployment(files: Record<string, unknown>, modules: Record<string, unknown>) {
  const fetched: string[] = [];
  const imported: string[] = [];
  const sources: PluginSources = {
    resolve: (specifier) => `https://cdn.example/${specifier.replace('@adal/plugin-', '')}/1.0/plugin.js`,
    async fetchManifest(url) {
      fetched.push(url);
      if (!(url in files)) throw new Error(`${url} answered 404`);
      return files[url];
    },
    async importModule(specifier) {
      imported.push(specifier);
      if (!(specifier in modules)) throw new TypeError('Failed to fetch dynamically imported module');
      return modules[specifier];
    },
  };
  return { sources, fetched, imported };
}

describe('loadPlugin', () => {
  it('reads the manifest beside the bundle and imports the bundle, with the libraries its pages use, only when asked', async () => {
    const module = { ...lifecycles, manifest };
    const { sources, fetched, imported } = deployment(
      { 'https://cdn.example/training/1.0/manifest.json': { ...manifest, entry: 'plugin.js' } },
      { '@adal/plugin-training': module },
    );
    const plugin = await loadPlugin('@adal/plugin-training', sources);
    expect(plugin).toMatchObject({
      specifier: '@adal/plugin-training',
      id: 'training',
      routePrefix: '/training',
    });
    expect(plugin.manifest?.navigation).toEqual([]);
    expect(fetched).toEqual(['https://cdn.example/training/1.0/manifest.json']);
    expect(imported).toEqual([]);

    expect(await plugin.loadLifecycles?.()).toBe(module);
    expect(imported).toEqual([...PAGE_LIBRARIES, '@adal/plugin-training']);
  });

  it('imports a plugin built without a manifest file at once, for the manifest it exports', async () => {
    const module = { ...lifecycles, manifest };
    const { sources, imported } = deployment(
      { 'https://cdn.example/training/1.0/manifest.json': { id: 'training', entry: 'plugin.js' } },
      { '@adal/plugin-training': module },
    );
    const plugin = await loadPlugin('@adal/plugin-training', sources);
    expect(imported).toEqual(['@adal/plugin-training']);
    expect(plugin.manifest).toBe(manifest);
    expect(await plugin.loadLifecycles?.()).toBe(module);
  });

  it('keeps a plugin that failed to load, with its conventional route and no lifecycles', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const plugin = await loadPlugin('@adal/plugin-hotline', deployment({}, {}).sources);
    expect(plugin).toMatchObject({
      id: 'hotline',
      routePrefix: '/hotline',
      manifest: null,
      loadLifecycles: null,
    });
    expect(log).toHaveBeenCalledWith('[adal] plugin @adal/plugin-hotline failed to load', expect.any(Error));
    log.mockRestore();
  });

  it('treats a module without lifecycles or manifest as failed', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const plugin = await loadPlugin(
      '@adal/plugin-odd',
      deployment({}, { '@adal/plugin-odd': { manifest } }).sources,
    );
    expect(plugin.loadLifecycles).toBeNull();
    log.mockRestore();
  });

  it('refuses, when the route is visited, a bundle that turns out not to be a plugin', async () => {
    const { sources } = deployment(
      { 'https://cdn.example/training/1.0/manifest.json': manifest },
      { '@adal/plugin-training': { manifest } },
    );
    const plugin = await loadPlugin('@adal/plugin-training', sources);
    await expect(plugin.loadLifecycles?.()).rejects.toThrow('does not export an Adal plugin');
  });
});

describe('isUnder', () => {
  it('matches the prefix itself and paths below it, not siblings that share letters', () => {
    expect(isUnder('/training', '/training')).toBe(true);
    expect(isUnder('/training/courses/1', '/training')).toBe(true);
    expect(isUnder('/trainings', '/training')).toBe(false);
    expect(isUnder('/', '/training')).toBe(false);
  });
});
