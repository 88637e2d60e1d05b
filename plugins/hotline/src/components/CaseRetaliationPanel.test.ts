import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { hotlineCase } from '../testing/samples';
import { button } from '../testing/ui';
import CaseRetaliationPanel from './CaseRetaliationPanel.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { viewer: { id: 'p-head', roles: ['compliance_head'] }, graphqlUrl: '/graphql', token: 't' },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const RECEIPT = '4821 0937 1122 3344 5566 7788 9900 1234';
const WHAT = 'After my report my manager took away my bonus.';
let graphql: FakeGraphql;
let complaints: { id: string; number: string }[];

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  complaints = [];
  graphql
    .on('GetHotlineRetaliationAssessment', () => ({
      hotlineRetaliationAssessment: {
        level: 'high',
        reason: 'The reporter works under the person concerned.',
        assessedAt: '2026-03-01T10:00:00Z',
      },
    }))
    .on('ListHotlineCaseLinks', () => ({
      hotlineCaseLinks: { retaliationComplaintOf: null, retaliationComplaints: complaints },
    }))
    .on('OpenRetaliationComplaint', () => {
      complaints = [{ id: 'case-9', number: 'HL-2026-0009' }];
      return { openRetaliationComplaint: { receipt: RECEIPT, number: 'HL-2026-0009' } };
    });
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPanel(shown = hotlineCase()) {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(CaseRetaliationPanel, {
    attachTo: document.body,
    props: { hotlineCase: shown },
    global: { ...options.global, plugins: [...options.global.plugins, createPinia(), await testRouter()] },
  });
  await flushPromises();
  return wrapper;
}

describe('CaseRetaliationPanel', { timeout: 20_000 }, () => {
  it('shows the risk assessed at triage and opens a complaint of retaliation as a linked case, with its receipt once', async () => {
    const wrapper = await mountPanel();
    expect(wrapper.text()).toContain('High');
    expect(wrapper.text()).toContain('The reporter works under the person concerned.');
    await button(wrapper, 'Open a retaliation complaint').trigger('click');
    await flushPromises();
    await button(wrapper, 'Open the complaint').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Describe the retaliation in at least 20 characters.');
    expect(graphql.sent('OpenRetaliationComplaint')).toEqual([]);
    await wrapper.get('#complaint-what').setValue(WHAT);
    await button(wrapper, 'Open the complaint').trigger('click');
    await flushPromises();
    expect(graphql.sent('OpenRetaliationComplaint')).toEqual([
      {
        caseId: 'case-1',
        input: { channel: 'phone', category: 'policy_violation', what: WHAT, anonymous: true },
      },
    ]);
    expect(wrapper.text()).toContain('Case HL-2026-0009 is opened and linked to this one.');
    for (const group of RECEIPT.split(' ')) expect(wrapper.text()).toContain(group);
    await button(wrapper, 'Close').trigger('click');
    await flushPromises();
    expect(wrapper.find('a[href="/cases/case-9"]').text()).toBe('HL-2026-0009');
    expect(wrapper.text()).not.toContain('7788');
    wrapper.unmount();
  });

  it('links a complaint to the case it follows from', async () => {
    graphql.on('ListHotlineCaseLinks', () => ({
      hotlineCaseLinks: {
        retaliationComplaintOf: { id: 'case-3', number: 'HL-2026-0003' },
        retaliationComplaints: [],
      },
    }));
    const wrapper = await mountPanel(hotlineCase({ id: 'case-9', number: 'HL-2026-0009' }));
    expect(wrapper.text()).toContain('This case is a complaint of retaliation for the report in case');
    expect(wrapper.find('a[href="/cases/case-3"]').text()).toBe('HL-2026-0003');
    wrapper.unmount();
  });
});
