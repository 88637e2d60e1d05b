/* eslint-disable vue/one-component-per-file -- the test defines a tiny plugin and its pages */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { useRouter } from 'vue-router';
import LoadBoundary from './components/LoadBoundary.vue';
import { defineAdalPlugin } from './define-plugin';
import { AdalGraphqlError } from './graphql/errors';
import type { LoadStatus } from './load-state';

/** A page with filters and an action around a list whose load answers `answer`. */
function pageAnswering(answer: AdalGraphqlError | null) {
  return defineComponent({
    setup() {
      const router = useRouter();
      const status = ref<LoadStatus>('loading');
      const error = ref<AdalGraphqlError | null>(null);
      const loads = ref(0);
      const load = async (): Promise<void> => {
        loads.value++;
        await Promise.resolve();
        error.value = answer;
        status.value = answer ? 'error' : 'ready';
      };
      void load();
      return () =>
        h('section', [
          h('h1', { tabindex: -1 }, 'Cases'),
          h('label', { 'data-test': 'filter' }, ['Status', h('input')]),
          h('button', { 'data-test': 'settings', onClick: () => router.push('/settings') }, 'Settings'),
          h(LoadBoundary, { status: status.value, error: error.value, onRetry: load }, () =>
            h('p', { 'data-test': 'list' }, 'HL-1'),
          ),
        ]);
    },
  });
}

const SettingsPage = defineComponent({ setup: () => () => h('h1', { tabindex: -1 }, 'Settings') });

function pluginWith(casesAnswer: AdalGraphqlError | null) {
  return defineAdalPlugin({
    id: 'cases',
    version: '1.0.0',
    routePrefix: '/cases',
    titleKey: 'title',
    routes: [
      { path: '/', component: pageAnswering(casesAnswer), meta: { titleKey: 'nav.cases' } },
      {
        path: '/settings',
        component: SettingsPage,
        meta: { titleKey: 'nav.settings', roles: ['compliance_head'] },
      },
    ],
    messages: {
      kk: {
        title: 'Сенім телефоны',
        common: { loading: 'Жүктелуде…' },
        nav: { cases: 'Өтініштер', settings: 'Баптаулар' },
      },
      ru: {
        title: 'Телефон доверия',
        common: { loading: 'Загрузка…' },
        nav: { cases: 'Обращения', settings: 'Настройки' },
      },
      en: {
        title: 'Hotline',
        common: { loading: 'Loading…' },
        nav: { cases: 'Cases', settings: 'Settings' },
      },
    },
    navigation: [
      { labelKey: 'nav.cases', path: '/cases', roles: [] },
      { labelKey: 'nav.settings', path: '/cases/settings', roles: ['compliance_head'] },
    ],
  });
}

const employee = {
  id: 'p1',
  fullName: 'Айгерім Сапарова',
  email: 'employee@demo.adal.kz',
  locale: 'kk' as const,
  roles: ['employee' as const],
  organization: { id: 'o1', name: 'Demo', names: { kk: 'Demo', ru: 'Demo', en: 'Demo' } },
};

function propsFor(element: HTMLElement, locale = 'kk') {
  return {
    name: '@adal/plugin-cases',
    domElement: element,
    token: 't',
    viewer: employee,
    locale,
    tenantId: 'o1',
    graphqlUrl: '/graphql',
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

let area: HTMLElement;

beforeEach(() => {
  area = document.createElement('section');
  document.body.append(area);
});

afterEach(() => area.remove());

describe('a refused page', () => {
  it('shows the not-allowed state without its filters and actions when a load answers FORBIDDEN', async () => {
    window.history.replaceState(null, '', '/cases');
    const plugin = pluginWith(new AdalGraphqlError('FORBIDDEN', 'Not yours'));
    const props = propsFor(area);
    await plugin.mount(props);
    await settle();
    expect(area.querySelector('h1')?.textContent).toBe('Бұл бетке рұқсатыңыз жоқ');
    expect(area.querySelector('[data-test=filter]')).toBeNull();
    expect(area.querySelector('[data-test=settings]')).toBeNull();
    expect(area.querySelector('button')).toBeNull();
    expect(document.title).toBe('Бұл бетке рұқсатыңыз жоқ — Сенім телефоны — Adal');
    await plugin.unmount(props);
  });

  it('shows not found with a way back to the section, never a retry', async () => {
    window.history.replaceState(null, '', '/cases');
    const plugin = pluginWith(new AdalGraphqlError('NOT_FOUND', 'No such case'));
    const props = propsFor(area, 'ru');
    await plugin.mount(props);
    await settle();
    expect(area.querySelector('h1')?.textContent).toBe('Не найдено');
    expect(area.querySelector('button')).toBeNull();
    // The section's first page is the refused one: the way back leads home.
    const back = area.querySelector<HTMLAnchorElement>('a.adal-refusal-back');
    expect(back?.getAttribute('href')).toBe('/');
    expect(back?.textContent).toBe('Вернуться на главную');
    await plugin.unmount(props);
  });

  it('keeps a page whose loads answer, and names the page and the plugin in the tab', async () => {
    window.history.replaceState(null, '', '/cases');
    const plugin = pluginWith(null);
    const props = propsFor(area, 'en');
    await plugin.mount(props);
    await settle();
    expect(area.querySelector('[data-test=list]')?.textContent).toBe('HL-1');
    expect(area.querySelector('[data-test=filter]')).not.toBeNull();
    expect(document.title).toBe('Cases — Hotline — Adal');
    await plugin.unmount(props);
  });

  it('refuses a route to a role it does not name, and leads back to the section’s first page', async () => {
    window.history.replaceState(null, '', '/cases/settings');
    const plugin = pluginWith(null);
    const props = propsFor(area, 'en');
    await plugin.mount(props);
    await settle();
    expect(area.querySelector('h1')?.textContent).toBe('You cannot use this page');
    expect(area.textContent).not.toContain('Settings');
    expect(area.querySelector('a.adal-refusal-back')?.getAttribute('href')).toBe('/cases');
    expect(document.title).toBe('You cannot use this page — Hotline — Adal');
    await plugin.unmount(props);
  });
});
