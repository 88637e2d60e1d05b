import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import KpiBenchmarkPanel from './KpiBenchmarkPanel.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

function mountPanel(locale: 'kk' | 'ru') {
  const options = withPlugin(locale, graphql.client);
  return mount(KpiBenchmarkPanel, {
    ...options,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
}

const measure = {
  code: 'hotline.substantiation_rate',
  title: { kk: 'Расталған үлесі', ru: 'Доля подтвердившихся', en: 'Share substantiated' },
  unit: 'percent',
  direction: 'at_least',
  own: { value: 40, suppressed: false },
  rank: 2,
  ranked: 3,
  min: 20,
  median: 40,
  max: 60,
  peers: [
    { value: 20, suppressed: false },
    { value: 60, suppressed: false },
  ],
};

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

describe('the holding’s comparison on the KPI views page (§74.6)', () => {
  it('shows the company’s figure, its place and the spread, and no other company', async () => {
    graphql.on('KpiBenchmark', () => ({ kpiBenchmark: { companies: 3, measures: [measure] } }));
    const wrapper = mountPanel('ru');
    await flushPromises();
    const row = wrapper.get('tbody tr').text();
    expect(row).toContain('Доля подтвердившихся');
    expect(row).toContain('40');
    expect(row).toContain('2-е место из 3');
    expect(row).toContain('20');
    expect(row).toContain('60');
    expect(wrapper.get('[data-testid="kpi-benchmark"]').text()).toContain('3 компании');
  });

  it('is not shown outside a holding, nor to a reader of none of its measures', async () => {
    graphql.on('KpiBenchmark', () => ({ kpiBenchmark: { companies: 1, measures: [measure] } }));
    const alone = mountPanel('kk');
    await flushPromises();
    expect(alone.find('[data-testid="kpi-benchmark"]').exists()).toBe(false);
    graphql.on('KpiBenchmark', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'not a reader');
    });
    const refused = mountPanel('kk');
    await flushPromises();
    expect(refused.find('[data-testid="kpi-benchmark"]').exists()).toBe(false);
    expect(refused.text()).not.toContain('not a reader');
  });
});
