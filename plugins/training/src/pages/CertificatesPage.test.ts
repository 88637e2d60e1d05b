import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { SEARCH_DELAY_MS } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { routes } from '../routes';
import { withPlugin } from '../testing/mount-options';
import CertificatesPage from './CertificatesPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

afterEach(() => {
  vi.useRealTimers();
});

describe('CertificatesPage', () => {
  it('finds a person by name and opens their certificates', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const graphql = new FakeGraphql().on('SearchPeople', () => ({
      people: [
        {
          id: 'person-1',
          fullName: 'Әсел Құрманғазықызы',
          email: 'a.kurmangazy@example.kz',
          orgUnit: { id: 'unit-1', names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } },
        },
      ],
    }));
    fake.current = graphql;
    const router = createRouter({ history: createMemoryHistory(), routes });
    await router.push('/people');
    const options = withPlugin('en', graphql.client);
    const wrapper = mount(CertificatesPage, {
      attachTo: document.body,
      global: { ...options.global, plugins: [...options.global.plugins, createPinia(), router] },
    });
    expect(wrapper.get('h1').text()).toBe('Certificates');

    await wrapper.find('#certificates-person').setValue('Әсел');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    await flushPromises();
    expect(graphql.sent('SearchPeople')).toEqual([{ search: 'Әсел' }]);
    await wrapper.findAll('[role="option"]')[0]?.trigger('click');
    // The person's page is loaded on first use: on a busy machine the navigation outlasts a flush.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('person-certificates'));
    expect(router.currentRoute.value.params).toEqual({ personId: 'person-1' });
    wrapper.unmount();
  });
});
