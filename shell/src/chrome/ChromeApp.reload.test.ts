import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';

// A reload: the token is still in the tab when the session is read, the viewer is not.
const api = vi.hoisted(() => {
  sessionStorage.setItem('adal.token', 'token');
  return { restoreViewer: (): Promise<void> => new Promise<void>(() => undefined) };
});
// Warming the kit loads the whole sdk once the page is idle, after the test; warm-sdk.test.ts tests it.
vi.mock('./warm-sdk', () => ({ warmSdkWhenIdle: () => undefined }));
vi.mock('./api', () => ({ loadMyWork: async () => [], restoreViewer: () => api.restoreViewer() }));

const { default: ChromeApp } = await import('./ChromeApp.vue');
const { createChromeI18n } = await import('./i18n');

beforeEach(() => {
  document.body.innerHTML = '<div id="adal-chrome"></div><main id="adal-main" tabindex="-1"></main>';
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function mountChrome() {
  return mount(ChromeApp, {
    attachTo: '#adal-chrome',
    props: { plugins: [] },
    global: { plugins: [createChromeI18n()] },
  });
}

const heading = () => document.querySelector('#adal-main h1')?.textContent ?? null;

describe('ChromeApp after a reload', () => {
  it('waits for the viewer before greeting them', async () => {
    const chrome = mountChrome();
    await flushPromises();
    expect(heading()).toBeNull();
    expect(document.querySelector('#adal-main [role="status"]')).not.toBeNull();
    chrome.unmount();
  });

  it('shows the home page, greeting no one by name, when the viewer cannot be fetched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api.restoreViewer = () => Promise.reject(new Error('offline'));
    const chrome = mountChrome();
    await flushPromises();
    expect(heading()).toBe('Қош келдіңіз');
    chrome.unmount();
  });
});
