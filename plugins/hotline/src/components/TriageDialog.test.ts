import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { ANNA, hotlineCase } from '../testing/samples';
import { button, chooseOption } from '../testing/ui';
import { useHotlineCaseStore } from '../stores/hotline-case';
import TriageDialog from './TriageDialog.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { viewer: { id: 'p-head', roles: ['compliance_head'] }, graphqlUrl: '/graphql', token: 't' },
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
  graphql
    .on('ListProtectionTaskOwners', () => ({ protectionTaskOwners: [ANNA] }))
    .on('TriageHotlineCase', () => ({
      triageHotlineCase: hotlineCase({ status: 'in_progress', scope: 'in_scope' }),
    }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountDialog() {
  const pinia = createPinia();
  setActivePinia(pinia);
  useHotlineCaseStore().replace(hotlineCase());
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(TriageDialog, {
    attachTo: document.body,
    props: { visible: false, caseNumber: 'HL-2026-0001', category: 'corruption' },
    global: { ...options.global, plugins: [...options.global.plugins, pinia] },
  });
  await wrapper.setProps({ visible: true });
  await flushPromises();
  return wrapper;
}

describe('TriageDialog: the risk of retaliation (ISO 37002 §8.4)', { timeout: 20_000 }, () => {
  it('takes a low risk without a reason', async () => {
    const wrapper = await mountDialog();
    await button(wrapper, 'Take up the check').trigger('click');
    await flushPromises();
    expect(graphql.sent('TriageHotlineCase')).toEqual([
      { id: 'case-1', input: { scope: 'in_scope', retaliationRisk: { level: 'low' } } },
    ]);
    wrapper.unmount();
  });

  it('asks for the reason, the owner and the review date of a high risk, then sends the protection task', async () => {
    const wrapper = await mountDialog();
    await wrapper.find('#risk-high').setValue(true);
    await flushPromises();
    await button(wrapper, 'Take up the check').trigger('click');
    await flushPromises();
    const text = wrapper.text();
    expect(text).toContain('Say why the risk is medium or high.');
    expect(text).toContain('Choose who owns the protection task.');
    expect(text).toContain('Choose the review date.');
    expect(graphql.sent('TriageHotlineCase')).toEqual([]);
    expect(graphql.sent('ListProtectionTaskOwners')).toEqual([{ caseId: 'case-1' }]);

    await wrapper.find('#retaliation-reason').setValue('The reporter works under the person concerned.');
    await chooseOption(wrapper, '#retaliation-owner', ANNA.fullName);
    await wrapper.get('#retaliation-review').setValue('2026-03-15');
    await button(wrapper, 'Take up the check').trigger('click');
    await flushPromises();
    expect(graphql.sent('TriageHotlineCase')).toEqual([
      {
        id: 'case-1',
        input: {
          scope: 'in_scope',
          retaliationRisk: {
            level: 'high',
            reason: 'The reporter works under the person concerned.',
            task: { ownerId: ANNA.id, reviewOn: '2026-03-15' },
          },
        },
      },
    ]);
    wrapper.unmount();
  });
});
