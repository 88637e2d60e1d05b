import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { routes } from '../routes';
import { navigation } from '../manifest';
import { withPlugin } from '../testing/mount-options';
import ForeignAccountsPage from './ForeignAccountsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { graphqlUrl: '/graphql', token: 'token', viewer: { id: 'viewer', roles: [] as string[] } },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ListForeignAccountFindings', () => ({ foreignAccountFindings: [] }));
  graphql.on('ListTaxAuthorityRequests', () => ({ taxAuthorityRequests: [] }));
  graphql.on('ForeignAccountAccessOrder', () => ({ foreignAccountAccessOrder: null }));
  graphql.on('ForeignAccountUndertakings', () => ({ foreignAccountUndertakings: [] }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPage(roles: string[]) {
  fake.context.viewer.roles = ['employee', ...roles];
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(ForeignAccountsPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const headings = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper.findAll('h2').map((h) => h.text());

describe('ForeignAccountsPage (§30)', () => {
  it('gives the first head the access order to record, not the undertakings', async () => {
    const wrapper = await mountPage(['first_head']);
    expect(headings(wrapper)).toContain('Who has access to the foreign-account data (§30.1)');
    expect(headings(wrapper)).not.toContain('Undertakings not to hold foreign accounts (§30.2)');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Record the order')).toBe(true);
    expect(graphql.sent('ForeignAccountUndertakings')).toEqual([]);
    wrapper.unmount();
  });

  it('gives HR the order to read and the undertakings to collect', async () => {
    const wrapper = await mountPage(['hr_officer']);
    expect(headings(wrapper)).toEqual(
      expect.arrayContaining([
        'Who has access to the foreign-account data (§30.1)',
        'Undertakings not to hold foreign accounts (§30.2)',
      ]),
    );
    expect(wrapper.findAll('button').some((b) => b.text() === 'Record the order')).toBe(false);
    wrapper.unmount();
  });

  it('shows a compliance officer the order does not name only that they are not named', async () => {
    graphql.on('ForeignAccountAccessOrder', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'refused');
    });
    const wrapper = await mountPage(['compliance_officer']);
    expect(wrapper.text()).toContain('You are not named in it.');
    expect(headings(wrapper)).toEqual(['Who has access to the foreign-account data (§30.1)']);
    expect(wrapper.findAll('button')).toEqual([]);
    wrapper.unmount();
  });

  it('opens to the first head, HR and those the order may name (§30.1), in the menu and by its address', () => {
    const route = routes.find((r) => r.name === 'foreign-accounts')!;
    const entry = navigation.find((n) => n.path === '/declarations/foreign-accounts')!;
    for (const roles of [route.meta?.roles, entry.roles]) {
      expect([...(roles ?? [])].sort()).toEqual([
        'compliance_head',
        'compliance_officer',
        'ethics_commissioner',
        'first_head',
        'hr_officer',
      ]);
    }
  });
});
