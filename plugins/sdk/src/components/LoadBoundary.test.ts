import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount } from '@vue/test-utils';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import { AdalGraphqlError } from '../graphql/errors';
import type { LoadStatus } from '../load-state';
import { adalPrimeVueOptions } from '../theme';
import LoadBoundary from './LoadBoundary.vue';

// The texts are the plugin's: the sdk has no messages of its own.
const pluginMessages = {
  en: {
    common: { loading: 'Fetching the cases…', retry: 'Load again' },
    errors: { NETWORK: 'The hotline server is out of reach.' },
  },
};

function mountBoundary(status: LoadStatus, error: AdalGraphqlError | null = null, loading?: boolean) {
  return mount(LoadBoundary, {
    props: loading === undefined ? { status, error } : { status, error, loading },
    slots: { default: () => h('p', 'The list') },
    global: {
      plugins: [
        createI18n({ legacy: false, locale: 'en', messages: pluginMessages }),
        [PrimeVue, adalPrimeVueOptions],
      ],
    },
  });
}

describe('LoadBoundary', () => {
  it('says it is loading in the plugin’s own words', () => {
    const wrapper = mountBoundary('loading', null, true);
    expect(wrapper.get('[role="status"]').text()).toBe('Fetching the cases…');
    expect(wrapper.text()).not.toContain('The list');
  });

  it('shows the spinner while loading when the page does not say otherwise', () => {
    const wrapper = mountBoundary('loading');
    expect(wrapper.get('[role="status"]').text()).toBe('Fetching the cases…');
    expect(wrapper.text()).not.toContain('The list');
  });

  it('keeps the content on a reload when the page says so', () => {
    const wrapper = mountBoundary('loading', null, false);
    expect(wrapper.text()).toBe('The list');
  });

  it('explains a failed load in the plugin’s words and asks for a retry', async () => {
    const wrapper = mountBoundary('error', new AdalGraphqlError('NETWORK', 'fetch failed'));
    expect(wrapper.find('[role="alert"]').text()).toContain('The hotline server is out of reach.');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('offers no retry when the server refused: trying again would answer the same', () => {
    for (const code of ['FORBIDDEN', 'NOT_FOUND', 'VALIDATION', 'UNAUTHENTICATED'] as const) {
      const wrapper = mountBoundary('error', new AdalGraphqlError(code, 'refused'));
      expect(wrapper.find('button').exists()).toBe(false);
      expect(wrapper.text()).not.toContain('Load again');
    }
  });

  it('says plainly, in the sdk’s own words, that a part may not be used or was not found', () => {
    expect(mountBoundary('error', new AdalGraphqlError('FORBIDDEN', 'no')).text()).toContain(
      'You cannot use this page',
    );
    expect(mountBoundary('error', new AdalGraphqlError('NOT_FOUND', 'gone')).text()).toContain('Not found');
  });

  it('shows the content once it is ready', () => {
    const wrapper = mountBoundary('ready');
    expect(wrapper.text()).toBe('The list');
  });
});
