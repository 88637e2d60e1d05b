import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { BOOKLET, MEMO } from '../testing/material-fixture';
import MyMaterialsSection from './MyMaterialsSection.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountSection(locale: 'en' | 'ru' = 'en') {
  const options = withPlugin(locale);
  const wrapper = mount(MyMaterialsSection, {
    attachTo: document.body,
    global: {
      plugins: [...options.global.plugins, createPinia()],
      stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('MyMaterialsSection (§35.6)', () => {
  it('says what will come when nothing has been sent', async () => {
    graphql.on('MyCultureMaterials', () => ({ myCultureMaterials: [] }));
    const wrapper = await mountSection();
    expect(wrapper.text()).toContain(
      'No materials have been sent to you yet. When the compliance service publishes a memo for you, it appears here.',
    );
    wrapper.unmount();
  });

  it('lists the materials waiting for my acknowledgement first, with their term, then the rest', async () => {
    graphql.on('MyCultureMaterials', () => ({ myCultureMaterials: [BOOKLET, MEMO] }));
    const wrapper = await mountSection('ru');
    const waiting = wrapper.findAll('[data-testid="material-waiting"]');
    expect(waiting.map((item) => item.find('a').text())).toEqual(['Памятка о конфликте интересов']);
    expect(waiting[0]!.find('a').attributes('href')).toBe('/materials/m1');
    expect(waiting[0]!.text()).toContain('Ознакомиться до: 12.03.2026');
    // The server says its term has passed: the tag says so.
    expect(waiting[0]!.text()).toContain('Срок истёк');
    const others = wrapper.findAll('[data-testid="material-other"]');
    expect(others.map((item) => item.find('a').text())).toEqual(['Буклет о политике']);
    const headings = wrapper.findAll('h3').map((h) => h.text());
    expect(headings).toEqual(['Ждут вашего подтверждения', 'Другие материалы']);
    wrapper.unmount();
  });

  it('marks a term as passed only when the server says so, whatever the browser’s clock', async () => {
    const withinTerm = { ...MEMO, acknowledgeBy: '2020-01-01', acknowledgementOverdue: false };
    graphql.on('MyCultureMaterials', () => ({ myCultureMaterials: [withinTerm] }));
    const wrapper = await mountSection('ru');
    const waiting = wrapper.get('[data-testid="material-waiting"]');
    expect(waiting.text()).not.toContain('Срок истёк');
    expect(waiting.find('.late').exists()).toBe(false);
    wrapper.unmount();
  });

  it('says so once every material is acknowledged', async () => {
    const done = { ...MEMO, acknowledgement: { acknowledgedAt: '2026-03-03T04:00:00.000Z', revision: 1 } };
    graphql.on('MyCultureMaterials', () => ({ myCultureMaterials: [done] }));
    const wrapper = await mountSection();
    expect(wrapper.text()).toContain('You have acknowledged every material.');
    expect(wrapper.get('[data-testid="material-other"]').text()).toContain('Acknowledged');
    wrapper.unmount();
  });
});
