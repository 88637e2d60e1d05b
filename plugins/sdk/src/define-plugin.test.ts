/* eslint-disable vue/one-component-per-file -- the test defines a tiny plugin: its root and its page */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { defineStore } from 'pinia';
import { RouterView, useRouter } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { usePrimeVue } from 'primevue/config';
import { publishHostContext, useAdalContext } from './context';
import { defineAdalPlugin } from './define-plugin';

const useCounter = defineStore('counter', { state: () => ({ count: 0 }) });

const HomePage = defineComponent({
  setup() {
    const { t } = useI18n();
    const context = useAdalContext();
    const counter = useCounter();
    const primevue = usePrimeVue();
    return () =>
      h('div', [
        h('p', { 'data-test': 'greeting' }, t('greeting', { name: context.viewer?.fullName ?? '' })),
        h(
          'p',
          { 'data-test': 'calendar' },
          [
            primevue.config.locale?.monthNames?.[0],
            primevue.config.locale?.firstDayOfWeek,
            primevue.config.locale?.aria?.close,
          ].join(' '),
        ),
        h('p', { 'data-test': 'kit' }, t('adal.pager.next')),
        h('button', { 'data-test': 'count', onClick: () => counter.count++ }, String(counter.count)),
      ]);
  },
});

const plugin = defineAdalPlugin({
  id: 'sample',
  version: '1.2.3',
  routePrefix: '/sample',
  rootComponent: defineComponent({ setup: () => () => h(RouterView) }),
  routes: [{ path: '/', component: HomePage }],
  messages: {
    kk: { greeting: 'Сәлем, {name}' },
    ru: { greeting: 'Привет, {name}' },
    en: { greeting: 'Hello, {name}' },
  },
  navigation: [{ labelKey: 'nav.home', path: '/sample', roles: ['employee'] }],
});

const viewer = {
  id: 'p1',
  fullName: 'Айгерім Сапарова',
  email: 'employee@demo.adal.kz',
  locale: 'kk' as const,
  roles: ['employee' as const],
  organization: { id: 'o1', name: 'Demo', names: { kk: 'Demo', ru: 'Demo', en: 'Demo' } },
};

function propsFor(name: string, element: HTMLElement, locale = 'kk') {
  return { name, domElement: element, token: 't', viewer, locale, tenantId: 'o1', graphqlUrl: '/graphql' };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

let area: HTMLElement;

beforeEach(() => {
  window.history.replaceState(null, '', '/sample');
  area = document.createElement('section');
  document.body.append(area);
});

afterEach(() => area.remove());

function text(selector: string): string | undefined {
  return area.querySelector(selector)?.textContent ?? undefined;
}

describe('defineAdalPlugin', () => {
  it('describes the plugin in its manifest', () => {
    expect(plugin.manifest).toMatchObject({
      id: 'sample',
      version: '1.2.3',
      routePrefix: '/sample',
      navigation: [{ labelKey: 'nav.home', path: '/sample', roles: ['employee'] }],
      kpiWidgets: [],
    });
  });

  it('mounts a Vue app with the host context, router and i18n, and unmounts it completely', async () => {
    const props = propsFor('@adal/plugin-sample', area);
    await plugin.bootstrap(props);
    await plugin.mount(props);
    await settle();
    expect(text('[data-test=greeting]')).toBe('Сәлем, Айгерім Сапарова');
    await plugin.unmount(props);
    expect(area.textContent).toBe('');
  });

  it("speaks the host's language in PrimeVue's calendar and labels and in the kit's own words", async () => {
    const props = propsFor('@adal/plugin-sample', area);
    await plugin.mount(props);
    await settle();
    expect(text('[data-test=calendar]')).toBe('Қаңтар 1 Жабу');
    expect(text('[data-test=kit]')).toBe('Келесі бет');
    publishHostContext({ locale: 'ru' });
    await settle();
    expect(text('[data-test=calendar]')).toBe('Январь 1 Закрыть');
    expect(text('[data-test=kit]')).toBe('Следующая страница');
    publishHostContext({ locale: 'en' });
    await settle();
    expect(text('[data-test=calendar]')).toBe('January 1 Close');
    expect(text('[data-test=kit]')).toBe('Next page');
    await plugin.unmount(props);
  });

  it('follows a locale change announced by the host while mounted', async () => {
    const props = propsFor('@adal/plugin-sample', area);
    await plugin.mount(props);
    await settle();
    publishHostContext({ locale: 'en' });
    await settle();
    expect(text('[data-test=greeting]')).toBe('Hello, Айгерім Сапарова');
    await plugin.update({ ...props, locale: 'ru' });
    await settle();
    expect(text('[data-test=greeting]')).toBe('Привет, Айгерім Сапарова');
    await plugin.unmount(props);
  });

  it('says a failure in the words of its language once they come, and of a new language after a switch', async () => {
    // Fresh modules: no language's messages loaded yet, as in a browser that just signed in.
    vi.resetModules();
    const vue = await import('vue');
    const fresh = await import('./define-plugin');
    const { errorText } = await import('./error-catalogue');
    const { useI18n: freshI18n } = await import('vue-i18n');
    const { RouterView: FreshView } = await import('vue-router');
    const { publishHostContext: publish } = await import('./context');
    const refused = { code: 'VALIDATION', messageKey: 'kernel.pageSize', params: { max: 50 } };
    const erring = fresh.defineAdalPlugin({
      id: 'erring',
      version: '1.0.0',
      routePrefix: '/sample',
      rootComponent: vue.defineComponent({ setup: () => () => vue.h(FreshView) }),
      routes: [
        {
          path: '/',
          component: vue.defineComponent({
            setup() {
              const { locale } = freshI18n();
              return () => vue.h('p', { 'data-test': 'error' }, errorText(refused, locale.value));
            },
          }),
        },
      ],
      messages: { kk: {}, ru: {}, en: {} },
      navigation: [],
    });
    const props = propsFor('@adal/plugin-erring', area, 'ru');
    await erring.mount(props);
    await settle();
    expect(text('[data-test=error]')).toBe('Запрашивайте от 1 до 50 за раз.');
    publish({ locale: 'kk' });
    await settle();
    expect(text('[data-test=error]')).toBe('Бір жолы 1-ден 50-ге дейін сұраңыз.');
    await erring.unmount(props);
  });

  it('stops listening to the host after unmount', async () => {
    const props = propsFor('@adal/plugin-sample', area);
    await plugin.mount(props);
    await plugin.unmount(props);
    publishHostContext({ locale: 'en' });
    await plugin.mount(props);
    await settle();
    // A fresh mount starts from its props again, not from an event sent while it was away.
    expect(text('[data-test=greeting]')).toBe('Сәлем, Айгерім Сапарова');
    await plugin.unmount(props);
  });

  it('gives every mount its own Pinia store', async () => {
    const props = propsFor('@adal/plugin-sample', area);
    await plugin.mount(props);
    await settle();
    area.querySelector<HTMLButtonElement>('[data-test=count]')?.click();
    await settle();
    expect(text('[data-test=count]')).toBe('1');
    await plugin.unmount(props);
    await plugin.mount(props);
    await settle();
    expect(text('[data-test=count]')).toBe('0');
    await plugin.unmount(props);
  });
});

const FirstPage = defineComponent({
  setup() {
    const router = useRouter();
    return () =>
      h('div', [
        h('h1', { tabindex: -1 }, 'Cases'),
        h('button', { 'data-test': 'open', onClick: () => router.push('/case') }, 'Open the case'),
      ]);
  },
});
const SecondPage = defineComponent({ setup: () => () => h('h1', { tabindex: -1 }, 'Case HL-1') });

// No root of its own, and a bundle URL: the sdk's root and the stylesheet beside the bundle.
const plainPlugin = defineAdalPlugin({
  id: 'plain',
  version: '1.0.0',
  routePrefix: '/sample',
  moduleUrl: 'https://cdn.example/plain/1.0.0/plugin.js',
  routes: [
    { path: '/', component: FirstPage },
    { path: '/case', component: SecondPage },
  ],
  messages: { kk: {}, ru: {}, en: {} },
  navigation: [],
});

describe('defineAdalPlugin without a root component', () => {
  it('renders the routes in a root element named for the plugin', async () => {
    const props = propsFor('@adal/plugin-plain', area);
    await plainPlugin.mount(props);
    await settle();
    expect(area.querySelector('.adal-plugin.adal-plain h1')?.textContent).toBe('Cases');
    await plainPlugin.unmount(props);
  });

  it('moves focus to the new page’s heading after a navigation', async () => {
    const props = propsFor('@adal/plugin-plain', area);
    await plainPlugin.mount(props);
    await settle();
    area.querySelector<HTMLButtonElement>('[data-test=open]')?.click();
    await settle();
    expect(document.activeElement?.textContent).toBe('Case HL-1');
    await plainPlugin.unmount(props);
  });

  it('links the stylesheet beside its bundle while mounted', async () => {
    const props = propsFor('@adal/plugin-plain', area);
    const stylesheet = () => document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href;
    await plainPlugin.mount(props);
    expect(stylesheet()).toBe('https://cdn.example/plain/1.0.0/plugin.css');
    await plainPlugin.unmount(props);
    expect(stylesheet()).toBeUndefined();
  });
});
