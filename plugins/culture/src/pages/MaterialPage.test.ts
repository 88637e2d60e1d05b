import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { BOOKLET, MEMO } from '../testing/material-fixture';
import MaterialPage from './MaterialPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ token: 't', graphqlUrl: '/graphql' }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

const FIGURES = {
  audience: 8,
  acknowledged: 5,
  share: 62.5,
  missing: 3,
  byOrgUnit: [
    {
      orgUnit: { id: 'u1', name: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } },
      audience: 6,
      acknowledged: 4,
      share: 66.7,
      withheld: false,
    },
    {
      orgUnit: { id: 'u2', name: { kk: 'Қазына', ru: 'Казначейство', en: 'Treasury' } },
      audience: null,
      acknowledged: null,
      share: null,
      withheld: true,
    },
  ],
  notAcknowledged: [
    {
      personId: 'p5',
      fullName: 'Әсел Құрманғазықызы',
      orgUnit: { id: 'u1', name: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } },
    },
  ],
};

async function mountPage(locale: 'en' | 'kk' = 'en') {
  const options = withPlugin(locale);
  const wrapper = mount(MaterialPage, {
    props: { id: 'm1' },
    attachTo: document.body,
    global: {
      plugins: [...options.global.plugins, createPinia()],
      stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('MaterialPage (§35.6)', () => {
  it('shows the material in the reader’s language and records “I have read and understood”', async () => {
    graphql.on('CultureMaterial', () => ({ cultureMaterial: { ...MEMO, figures: null } }));
    graphql.on('AcknowledgeCultureMaterial', () => ({
      acknowledgeCultureMaterial: {
        ...MEMO,
        acknowledgement: { acknowledgedAt: '2026-03-05T06:30:00.000Z', revision: 1 },
      },
    }));
    const wrapper = await mountPage('kk');
    expect(wrapper.get('h1').text()).toBe('Мүдделер қақтығысы туралы жадынама');
    // The rich text's renderer loads on first use.
    await vi.waitFor(() => expect(wrapper.text()).toContain('Басшыңызға хабарлаңыз.'));
    const button = wrapper.get('[data-testid="acknowledgement"] button[type="submit"]');
    expect(button.text()).toBe('Таныстым және түсіндім');
    await wrapper.get('[data-testid="acknowledgement"] form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('AcknowledgeCultureMaterial')).toEqual([{ id: 'm1' }]);
    expect(wrapper.get('[data-testid="acknowledgement"]').text()).toMatch(/Сіз 05\.03\.2026.* таныстыңыз/);
    expect(wrapper.find('[data-testid="acknowledgement"] button').exists()).toBe(false);
    wrapper.unmount();
  });

  it('asks nothing of a reader when the material asks for no acknowledgement, and links its outside source', async () => {
    graphql.on('CultureMaterial', () => ({ cultureMaterial: { ...BOOKLET, figures: null } }));
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="acknowledgement"]').exists()).toBe(false);
    const link = wrapper.get('a[target="_blank"]');
    expect(link.attributes('href')).toBe('https://baselgovernance.org/');
    expect(link.attributes('rel')).toBe('noopener noreferrer');
    expect(wrapper.text()).toContain('Source: Basel Institute on Governance');
    wrapper.unmount();
  });

  it('shows the planner the figures by unit, withholding small groups, who is missing, and reminds them', async () => {
    graphql.on('CultureMaterial', () => ({
      cultureMaterial: { ...MEMO, forViewer: false, figures: FIGURES },
    }));
    graphql.on('RemindCultureMaterial', () => ({ remindCultureMaterial: 3 }));
    const wrapper = await mountPage();
    // Not in the audience herself: nothing to acknowledge.
    expect(wrapper.find('[data-testid="acknowledgement"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="figures-summary"]').text()).toBe(
      'Audience: 8, acknowledged: 5 (62.5%)',
    );
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['Finance', '6', '4', '66.7%'],
      ['Treasury', 'fewer than 5', '—', '—'],
    ]);
    expect(wrapper.get('[data-testid="figures-missing"]').text()).toContain('Әсел Құрманғазықызы');
    const remind = wrapper.findAll('button').find((b) => b.text() === 'Remind now');
    await remind!.trigger('click');
    await flushPromises();
    const confirm = wrapper.findAll('[role="dialog"] form');
    await confirm[confirm.length - 1]!.trigger('submit');
    await flushPromises();
    expect(graphql.sent('RemindCultureMaterial')).toEqual([{ id: 'm1' }]);
    expect(wrapper.text()).toContain('Reminder sent to 3 people.');
    wrapper.unmount();
  });
});
