import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { AdalLocale } from '@adal/sdk';
import { createChromeI18n } from './i18n';
import SiteHeader from './SiteHeader.vue';

function mountHeader(signedIn: boolean, locale: AdalLocale) {
  const i18n = createChromeI18n();
  i18n.global.locale.value = locale;
  return mount(SiteHeader, {
    props: {
      navigation: [],
      viewer: null,
      signedIn,
      locale,
      currentPath: '/',
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
});
