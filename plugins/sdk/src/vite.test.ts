import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plugin, ResolvedConfig } from 'vite';
import { adalPluginViteConfig, isAdalSharedModule, manifestMessageKeys, pickMessages } from './vite';

const TRAINING_ROOT = resolve(import.meta.dirname, '../../training');

describe('adalPluginViteConfig', () => {
  it('leaves every shared library, and its subpaths but the sdk’s data modules, to the import map', () => {
    for (const id of ['vue', 'pinia', 'vue-router', 'vue-i18n', 'single-spa-vue', '@adal/sdk']) {
      expect(isAdalSharedModule(id), id).toBe(true);
    }
    for (const id of [
      'vue-echarts',
      'pinia-plugin',
      '@adal/sdk-extra',
      './PluginRoot.vue',
      '@adal/sdk/audit-actions',
    ]) {
      expect(isAdalSharedModule(id), id).toBe(false);
    }
  });

  it('builds the lifecycles into plugin.js with plugin.css beside it, chunks in assets/, compressed copies', () => {
    const config = adalPluginViteConfig({
      id: 'hotline',
      pkg: { name: '@adal/plugin-hotline', version: '2.1.0' },
    });
    expect(config.build?.lib).toMatchObject({
      entry: 'src/lifecycles.ts',
      formats: ['es'],
      cssFileName: 'plugin',
    });
    expect(config.build?.rolldownOptions?.output).toMatchObject({
      chunkFileNames: 'assets/[name]-[hash].js',
    });
    expect(config.define).toEqual({ __PLUGIN_VERSION__: '"2.1.0"' });
    expect((config.plugins as Plugin[]).map((plugin) => plugin.name)).toContain('vite-plugin-compression');
  });

  it('writes the manifest the shell reads before loading the bundle, with only the messages it names', async () => {
    const config = adalPluginViteConfig({
      id: 'training',
      pkg: { name: '@adal/plugin-training', version: '2.1.0' },
    });
    const plugin = (config.plugins as Plugin[]).find(
      (candidate) => candidate.name === 'adal-plugin-manifest',
    );
    (plugin?.configResolved as (config: Pick<ResolvedConfig, 'root'>) => void)({ root: TRAINING_ROOT });
    const emitted: { fileName: string; source: string }[] = [];
    const generateBundle = plugin?.generateBundle as (this: unknown) => Promise<void>;
    await generateBundle.call({
      emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    });

    expect(emitted.map((file) => file.fileName)).toEqual(['manifest.json']);
    const manifest = JSON.parse(emitted[0]?.source ?? '{}') as Record<string, unknown>;
    expect(manifest).toMatchObject({
      id: 'training',
      name: '@adal/plugin-training',
      entry: 'plugin.js',
      version: '2.1.0',
      routePrefix: '/training',
      kpiWidgets: [],
    });
    expect(manifest.navigation).toContainEqual({ labelKey: 'nav.myTraining', path: '/training', roles: [] });
    expect(manifest).not.toHaveProperty('routes');
    const messages = manifest.messages as Record<string, Record<string, unknown>>;
    expect(Object.keys(messages)).toEqual(['kk', 'ru', 'en']);
    // The navigation's labels, the plugin's title, and the work items the home page words before the plugin loads.
    expect(Object.keys(messages.kk ?? {}).sort()).toEqual(['nav', 'plugin', 'work']);
    expect(messages.en).toMatchObject({ nav: { myTraining: 'My training' } });
    expect(Object.keys(messages.en?.work ?? {})).not.toHaveLength(0);
  });
});

describe('manifest messages', () => {
  it('collects every field ending in Key, at any depth, outside the messages themselves', () => {
    const keys = manifestMessageKeys({
      titleKey: 'plugin.title',
      navigation: [{ labelKey: 'nav.cases', path: '/hotline' }],
      kpiWidgets: [{ kpiCode: 'hotline.reports_count', titleKey: 'kpi.reports' }],
      messages: { kk: { ignoredKey: 'x' } },
    });
    expect([...keys].sort()).toEqual(['kpi.reports', 'nav.cases', 'plugin.title']);
  });

  it('keeps the named paths in every locale and drops the rest', () => {
    const picked = pickMessages(
      {
        kk: { nav: { cases: 'Істер', settings: 'Баптаулар' }, page: { title: 'Желі' } },
        ru: { nav: { cases: 'Дела', settings: 'Настройки' }, page: { title: 'Линия' } },
        en: { nav: { cases: 'Cases' } },
      },
      new Set(['nav.cases', 'page.title']),
    );
    expect(picked).toEqual({
      kk: { nav: { cases: 'Істер' }, page: { title: 'Желі' } },
      ru: { nav: { cases: 'Дела' }, page: { title: 'Линия' } },
      en: { nav: { cases: 'Cases' } },
    });
  });
});
