import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { announceSessionEnded, type AdalViewer } from '@adal/sdk/host';
import { session } from '../session';
import ChromeApp from './ChromeApp.vue';
import { createChromeI18n } from './i18n';

// Warming the kit loads the whole sdk once the page is idle, after the test; warm-sdk.test.ts tests it.
vi.mock('./warm-sdk', () => ({ warmSdkWhenIdle: () => undefined }));
vi.mock('./api', () => ({ loadMyWork: async () => [], restoreViewer: async () => undefined }));

const viewer: AdalViewer = {
  id: 'p1',
  fullName: 'Гүлнара Омарова',
  email: 'head@demo.adal.kz',
  locale: 'kk',
  roles: ['employee', 'compliance_head'],
  organization: {
    id: 'org-1',
    name: '«Адал Холдинг» акционерлік қоғамы',
    names: {
      kk: '«Адал Холдинг» акционерлік қоғамы',
      ru: 'Акционерное общество «Адал Холдинг»',
      en: 'Adal Holding JSC',
    },
  },
};

beforeEach(() => {
  document.body.innerHTML = '<div id="adal-chrome"></div><main id="adal-main" tabindex="-1"></main>';
  session.signOut();
  session.setLocale('kk');
});

afterEach(() => {
  session.signOut();
  document.body.innerHTML = '';
});

function mountChrome() {
  return mount(ChromeApp, {
    attachTo: '#adal-chrome',
    props: { plugins: [] },
    global: { plugins: [createChromeI18n()] },
  });
}

describe('ChromeApp', () => {
  it('sends the person to sign in, saying why, when a plugin’s call is refused for its token', async () => {
    const chrome = mountChrome();
    session.signIn('token', viewer);
    await flushPromises();
    expect(document.title).toBe('Басты бет — Adal');

    announceSessionEnded();
    await flushPromises();
    expect(session.signedIn).toBe(false);
    const main = document.getElementById('adal-main')!;
    expect(main.querySelector('h1')?.textContent).toBe('Жүйеге кіру');
    expect(main.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Сеансыңыз аяқталды. Қайта кіріңіз — содан соң осы бетке ораласыз.',
    );
    expect(document.title).toBe('Жүйеге кіру — Adal');
    chrome.unmount();
  });

  it('names the organisation on the home page in the interface language', async () => {
    const chrome = mountChrome();
    session.signIn('token', viewer);
    await flushPromises();
    const organization = () => document.querySelector('#adal-main .organization')?.textContent;
    expect(organization()).toBe('«Адал Холдинг» акционерлік қоғамы');
    session.setLocale('ru');
    await flushPromises();
    expect(organization()).toBe('Акционерное общество «Адал Холдинг»');
    chrome.unmount();
  });

  it('says nothing of an ended session to a person who signed out themselves', async () => {
    const chrome = mountChrome();
    session.signIn('token', viewer);
    session.signOut();
    await flushPromises();
    expect(document.getElementById('adal-main')?.querySelector('[role="alert"]')).toBeNull();
    chrome.unmount();
  });
});
