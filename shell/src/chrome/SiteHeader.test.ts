import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { AdalLocale } from '@adal/sdk';
import { createChromeI18n } from './i18n';
import SiteHeader from './SiteHeader.vue';

const HOTLINE_NAVIGATION = [
  { key: 'hotline:/hotline', labelKey: 'chrome.home', path: '/hotline' },
  { key: 'hotline:/hotline/settings', labelKey: 'chrome.home', path: '/hotline/settings' },
];

function mountHeader(signedIn: boolean, locale: AdalLocale, currentPath = '/') {
  const i18n = createChromeI18n();
  i18n.global.locale.value = locale;
  return mount(SiteHeader, {
    props: {
      navigation: HOTLINE_NAVIGATION,
      viewer: null,
      signedIn,
      locale,
      currentPath,
    },
    global: { plugins: [i18n] },
  });
}

describe('SiteHeader', () => {
  it('links to the public intake in a new tab with no opener and no referrer, signed in or not', () => {
    for (const signedIn of [true, false]) {
      const link = mountHeader(signedIn, 'ru').find('a.report-link');
      expect(link.exists()).toBe(true);
      expect(link.attributes('href')).toBe('/report?lang=ru');
      expect(link.attributes('target')).toBe('_blank');
      expect(link.attributes('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
      expect(link.text()).toContain('Сообщить о нарушении');
    }
  });

  it('passes the current language to the intake', () => {
    expect(mountHeader(false, 'kk').find('a.report-link').attributes('href')).toBe('/report?lang=kk');
    expect(mountHeader(false, 'en').find('a.report-link').text()).toBe(
      'Report wrongdoing (opens in a new tab)',
    );
  });

  it('marks only the link of the current page, not also the links above it', () => {
    const current = mountHeader(true, 'ru', '/hotline/settings').findAll('nav a[aria-current="page"]');
    expect(current.map((link) => link.attributes('href'))).toEqual(['/hotline/settings']);
  });

  it('folds the navigation and the tools behind a menu button that says whether they are shown', async () => {
    const header = mountHeader(true, 'ru', '/hotline');
    const button = header.get('button.menu-button');
    expect(button.text()).toBe('Меню');
    expect(button.attributes('aria-controls')).toBe('adal-menu');
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(header.get('#adal-menu').classes()).not.toContain('open');

    await button.trigger('click');
    expect(button.attributes('aria-expanded')).toBe('true');
    expect(header.get('#adal-menu').classes()).toContain('open');

    // Escape folds it again; so does going to another page.
    await header.get('#adal-menu').trigger('keydown', { key: 'Escape' });
    expect(button.attributes('aria-expanded')).toBe('false');
    await button.trigger('click');
    await header.setProps({ currentPath: '/hotline/settings' });
    expect(button.attributes('aria-expanded')).toBe('false');
  });

  it('has nothing to fold for a person not signed in: the language and the intake stay in sight', () => {
    const header = mountHeader(false, 'kk');
    expect(header.find('button.menu-button').exists()).toBe(false);
    expect(header.get('#adal-menu').classes()).not.toContain('folding');
  });
});
