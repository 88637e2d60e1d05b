import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
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

/** A plugin of two pages that share a module, built as every plugin is; its chunks by file name. */
async function buildTwoPagePlugin(): Promise<Map<string, Rolldown.OutputChunk>> {
  const root = await mkdtemp(join(tmpdir(), 'adal-plugin-build-'));
  try {
    await mkdir(join(root, 'src'));
    // As in every plugin, the lifecycles and the pages share the plugin's constants; the pages
    // also share a helper of their own.
    const files = {
      'src/lifecycles.ts': `import { defineAdalPlugin } from '@adal/sdk';
        import { ROUTE_PREFIX } from './constants';
        export const { bootstrap, mount, unmount, manifest } = defineAdalPlugin({
          id: 'two', version: '1.0.0', routePrefix: ROUTE_PREFIX, navigation: [],
          messages: { kk: {}, ru: {}, en: {} },
          routes: [{ path: '/a', component: () => import('./page-a') }, { path: '/b', component: () => import('./page-b') }],
        });`,
      'src/constants.ts': `export const ROUTE_PREFIX = '/two';`,
      'src/page-a.ts': `import { ref } from 'vue'; import { ROUTE_PREFIX } from './constants'; import { label } from './label';
        export default { a: ref(label(ROUTE_PREFIX)) };`,
      'src/page-b.ts': `import { label } from './label'; export default { b: label('b') };`,
      'src/label.ts': `export function label(page: string) { return 'page ' + page; }`,
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
    const config = adalPluginViteConfig({ id: 'two', pkg: { name: '@adal/plugin-two', version: '1.0.0' } });
    const result = await build({
      ...config,
      root,
      configFile: false,
      logLevel: 'silent',
      build: { ...config.build, write: false },
    });
    // Library mode answers one output per format: ES only here.
    const [output] = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = new Map<string, Rolldown.OutputChunk>();
    for (const item of output?.output ?? []) if (item.type === 'chunk') chunks.set(item.fileName, item);
    return chunks;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe('a plugin build', () => {
  it('puts what its pages share in a chunk the bundle imports, so that a page needs nothing after it', async () => {
    const chunks = await buildTwoPagePlugin();
    const entry = chunks.get('plugin.js');
    const pages = [...chunks.values()].filter((chunk) => /page-[ab]/.test(chunk.name));
    expect(pages).toHaveLength(2);
    const ownImports = (chunk: Rolldown.OutputChunk) => chunk.imports.filter((name) => chunks.has(name));
    const [shared] = ownImports(pages[0]!);
    expect(shared).toMatch(/^assets\/shared-/);
    for (const page of pages) expect(ownImports(page)).toEqual([shared]);
    expect(entry && ownImports(entry)).toEqual([shared]);
    // Shared libraries stay the import map's.
    expect(pages.find((page) => page.name === 'page-a')?.imports).toContain('vue');
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
