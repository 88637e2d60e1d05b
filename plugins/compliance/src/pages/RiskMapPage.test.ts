import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import RiskMapPage from './RiskMapPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'v', roles: ['compliance_officer'] }, locale: 'en', token: 't' }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('RiskHeatMap', (v) => ({
    riskHeatMap: {
      register: 'activity',
      asOf: v['asOf'],
      compareWith: null,
      scale: 5,
      cells: [],
      movements: [],
    },
  }));
  graphql.on('RiskChoices', () => ({ riskChoices: [] }));
  graphql.on('Risks', () => ({ risks: { items: [], total: 0 } }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the risk map (§8)', () => {
  it('opens on Kazakhstan’s today, which at 20:00 UTC is already the next day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T20:00:00Z'));
    const options = withPlugin('en', graphql.client);
    mount(RiskMapPage, {
      ...options,
      global: {
        ...options.global,
        plugins: [...options.global.plugins, createPinia()],
        stubs: { RouterLink: RouterLinkStub },
      },
    });
    await flushPromises();
    expect(graphql.sent('RiskHeatMap')[0]).toMatchObject({ asOf: '2026-12-07' });
  });
});
