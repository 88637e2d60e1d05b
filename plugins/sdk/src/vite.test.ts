import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { adalPluginViteConfig, isAdalSharedModule } from './vite';

describe('adalPluginViteConfig', () => {
  it('leaves every shared library, and its subpaths, to the import map', () => {
    for (const id of [
      'vue',
      'pinia',
      'vue-router',
      'vue-i18n',
      'single-spa-vue',
      'echarts/core',
      '@adal/sdk',
    ]) {
      expect(isAdalSharedModule(id), id).toBe(true);
    }
    for (const id of ['vue-echarts', 'pinia-plugin', '@adal/sdk-extra', './PluginRoot.vue']) {
      expect(isAdalSharedModule(id), id).toBe(false);
    }
  });

  it('builds the lifecycles into plugin.js with plugin.css beside it, and writes the manifest', () => {
    const config = adalPluginViteConfig({
      id: 'hotline',
      pkg: { name: '@adal/plugin-hotline', version: '2.1.0' },
    });
    expect(config.build?.lib).toMatchObject({
      entry: 'src/lifecycles.ts',
      formats: ['es'],
      cssFileName: 'plugin',
    });
    expect(config.define).toEqual({ __PLUGIN_VERSION__: '"2.1.0"' });

    const manifest = (config.plugins as Plugin[]).find((plugin) => plugin.name === 'adal-plugin-manifest');
    const emitted: { fileName: string; source: string }[] = [];
    const generateBundle = manifest?.generateBundle as (this: unknown) => void;
    generateBundle.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) });
    expect(emitted.map((file) => [file.fileName, JSON.parse(file.source)])).toEqual([
      [
        'manifest.json',
        { id: 'hotline', name: '@adal/plugin-hotline', entry: 'plugin.js', version: '2.1.0' },
      ],
    ]);
  });
});
