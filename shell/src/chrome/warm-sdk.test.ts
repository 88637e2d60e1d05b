import { describe, expect, it, vi } from 'vitest';
import type { AdalLocale } from '@adal/sdk/host';
import { warmSdkWhenIdle } from './warm-sdk';

describe('warmSdkWhenIdle', () => {
  it('loads the kit and then the error messages of the language chosen by then', async () => {
    let locale: AdalLocale = 'kk';
    const loaded: AdalLocale[] = [];
    const load = vi.fn(async () => ({
      loadErrorMessages: async (chosen: AdalLocale) => {
        loaded.push(chosen);
      },
    }));
    warmSdkWhenIdle(() => locale, load);
    locale = 'ru';
    await vi.waitFor(() => expect(loaded).toEqual(['ru']));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so in the console when the kit cannot be loaded, and throws nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('offline');
    warmSdkWhenIdle(
      () => 'kk',
      () => Promise.reject(failure),
    );
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('[adal] could not preload the sdk', failure));
    log.mockRestore();
  });
});
