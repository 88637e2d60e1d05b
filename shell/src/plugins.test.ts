import { describe, expect, it, vi } from 'vitest';
import { isUnder, loadPlugin } from './plugins';

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

describe('loadPlugin', () => {
  it('returns the module and its manifest', async () => {
    const module = { ...lifecycles, manifest };
    const plugin = await loadPlugin('@adal/plugin-training', async () => module);
    expect(plugin).toEqual({
      specifier: '@adal/plugin-training',
      id: 'training',
      routePrefix: '/training',
      manifest,
      lifecycles: module,
    });
  });

  it('keeps a plugin that failed to load, with its conventional route and no lifecycles', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const plugin = await loadPlugin('@adal/plugin-hotline', () => Promise.reject(new TypeError('404')));
    expect(plugin).toMatchObject({
      id: 'hotline',
      routePrefix: '/hotline',
      manifest: null,
      lifecycles: null,
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('treats a module without lifecycles or manifest as failed', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const plugin = await loadPlugin('@adal/plugin-odd', async () => ({ manifest }));
    expect(plugin.lifecycles).toBeNull();
    log.mockRestore();
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
