import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { AdalLocale } from '@adal/sdk/host';
import type { LoadedPlugin } from '../plugins';
import { createChromeI18n } from './i18n';
import type { NavigationGroup } from './navigation';
import SiteHeader from './SiteHeader.vue';

const GROUPS: NavigationGroup[] = [
  {
    key: 'training',
    titleKey: 'plugin.training.plugin.title',
    links: [{ key: 'training:/training', labelKey: 'plugin.training.nav.mine', path: '/training' }],
  },
  {
    key: 'hotline',
    titleKey: 'plugin.hotline.plugin.title',
    links: [
      { key: 'hotline:/hotline', labelKey: 'plugin.hotline.nav.cases', path: '/hotline' },
      {
        key: 'hotline:/hotline/settings',
        labelKey: 'plugin.hotline.nav.settings',
        path: '/hotline/settings',
      },
    ],
  },
];

const PLUGINS = [
  {
    id: 'training',
    manifest: {
      messages: {
        kk: { nav: { mine: 'Менің оқуым' } },
        ru: { nav: { mine: 'Моё обучение' } },
        en: { nav: { mine: 'My training' } },
      },
    },
  },
  {
    id: 'hotline',
    manifest: {
      messages: {
        kk: { plugin: { title: 'Сенім желісі' }, nav: { cases: 'Өтініштер', settings: 'Баптаулар' } },
        ru: { plugin: { title: 'Горячая линия' }, nav: { cases: 'Обращения', settings: 'Настройки' } },
        en: { plugin: { title: 'Hotline' }, nav: { cases: 'Cases', settings: 'Settings' } },
      },
    },
  },
] as unknown as LoadedPlugin[];

function mountHeader(signedIn: boolean, locale: AdalLocale, currentPath = '/') {
  const i18n = createChromeI18n(PLUGINS);
  i18n.global.locale.value = locale;
  return mount(SiteHeader, {
    attachTo: document.body,
    props: {
      groups: GROUPS,
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

  it('marks only the link of the current page, not also the links above it, and its plugin’s menu', () => {
    const header = mountHeader(true, 'ru', '/hotline/settings');
    const current = header.findAll('nav a[aria-current="page"]');
    expect(current.map((link) => link.attributes('href'))).toEqual(['/hotline/settings']);
    expect(header.get('button.group-toggle').attributes('aria-current')).toBe('true');
    expect(mountHeader(true, 'ru', '/training').get('button.group-toggle').attributes('aria-current')).toBe(
      undefined,
    );
  });

  it('groups a plugin’s pages behind one button named for it; a plugin with one page is a plain link', async () => {
    const header = mountHeader(true, 'ru', '/');
    expect(header.findAll('nav > ul > li').map((item) => item.text().trim().split(/\s+/)[0])).toEqual([
      'Главная',
      'Моё',
      'Горячая',
    ]);
    expect(header.get('nav a[href="/training"]').text()).toBe('Моё обучение');
    const toggle = header.get('button.group-toggle');
    expect(toggle.text()).toBe('Горячая линия');
    expect(toggle.attributes('aria-controls')).toBe('adal-nav-hotline');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(header.get('#adal-nav-hotline').classes()).not.toContain('open');

    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(header.get('#adal-nav-hotline').classes()).toContain('open');
    expect(
      header
        .get('#adal-nav-hotline')
        .findAll('a')
        .map((link) => link.text()),
    ).toEqual(['Обращения', 'Настройки']);

    // Escape closes it and gives focus back to its button; the phone menu stays as it was.
    (header.get('#adal-nav-hotline a').element as HTMLElement).focus();
    await header.get('#adal-nav-hotline a').trigger('keydown', { key: 'Escape' });
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);

    // A click elsewhere closes it too, and so does going to another page.
    await toggle.trigger('click');
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await header.vm.$nextTick();
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    await header.setProps({ currentPath: '/hotline/settings' });
    expect(toggle.attributes('aria-expanded')).toBe('false');
    header.unmount();
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
    // Escape folds it again, from the menu or from its button; so does going to another page.
    await header.get('#adal-menu').trigger('keydown', { key: 'Escape' });
    expect(button.attributes('aria-expanded')).toBe('false');
    await button.trigger('click');
    await button.trigger('keydown', { key: 'Escape' });
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
