import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { BOLAT, hotlineCase } from '../testing/samples';
import { button } from '../testing/ui';
import CaseConflictPanel from './CaseConflictPanel.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { viewer: { id: 'p-inv', roles: ['hotline_investigator'] }, graphqlUrl: '/graphql', token: 't' },
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
});
afterEach(() => {
  document.body.innerHTML = '';
});

const INVESTIGATOR_CAN = {
  assign: false,
  acknowledge: true,
  work: true,
  readIdentity: false,
  decideDisclosure: false,
};
const HEAD_CAN = { assign: true, acknowledge: true, work: true, readIdentity: true, decideDisclosure: false };

async function mountPanel(overrides: Parameters<typeof hotlineCase>[0]) {
  const options = withPlugin();
  const router = await testRouter('/cases/case-1');
  const wrapper = mount(CaseConflictPanel, {
    attachTo: document.body,
    props: { hotlineCase: hotlineCase(overrides) },
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return { wrapper, router };
}

describe('CaseConflictPanel', { timeout: 20_000 }, () => {
  it('lets an assigned investigator declare a conflict only with a reason, then takes them back to their queue', async () => {
    fake.context.viewer.roles = ['hotline_investigator'];
    graphql.on('DeclareHotlineCaseConflict', () => ({ declareHotlineCaseConflict: null }));
    const { wrapper, router } = await mountPanel({ viewerCan: INVESTIGATOR_CAN });
    expect(graphql.sent('ListHotlineConflictDeclarations')).toEqual([]);
    await button(wrapper, 'Declare a conflict of interest').trigger('click');
    await flushPromises();
    const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog().textContent).toContain('can never be assigned to it again');
    const confirm = [...dialog().querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Declare and leave the case',
    );
    confirm!.click();
    await flushPromises();
    expect(dialog().textContent).toContain('Say what your personal interest is.');
    expect(graphql.sent('DeclareHotlineCaseConflict')).toEqual([]);
    const reason = dialog().querySelector<HTMLTextAreaElement>('#conflict-reason')!;
    reason.value = 'My brother is the person concerned.';
    reason.dispatchEvent(new Event('input'));
    confirm!.click();
    await flushPromises();
    expect(graphql.sent('DeclareHotlineCaseConflict')).toEqual([
      { id: 'case-1', reason: 'My brother is the person concerned.' },
    ]);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('cases'));
    wrapper.unmount();
  });

  it('shows the head who left the case and why, and that it needs a new investigator; she declares nothing', async () => {
    fake.context.viewer.roles = ['compliance_head'];
    graphql.on('ListHotlineConflictDeclarations', () => ({
      hotlineConflictDeclarations: [
        {
          id: 'd-1',
          person: BOLAT,
          reason: 'My brother is the person concerned.',
          wasAssigned: true,
          declaredAt: '2026-03-02T10:00:00Z',
        },
      ],
    }));
    const { wrapper } = await mountPanel({ viewerCan: HEAD_CAN, assignees: [] });
    expect(graphql.sent('ListHotlineConflictDeclarations')).toEqual([{ caseId: 'case-1' }]);
    const text = wrapper.text();
    expect(text).toContain(
      'An investigator left this case over a conflict of interest: assign someone else.',
    );
    expect(text).toContain(BOLAT.fullName);
    expect(text).toContain('My brother is the person concerned.');
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Declare a conflict of interest');
    wrapper.unmount();
  });

  it('offers nothing on a closed case', async () => {
    fake.context.viewer.roles = ['hotline_investigator'];
    const { wrapper } = await mountPanel({ viewerCan: INVESTIGATOR_CAN, status: 'closed' });
    expect(wrapper.find('section').exists()).toBe(false);
    wrapper.unmount();
  });
});
