import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import LaunchCampaignDialog from './LaunchCampaignDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: ['compliance_head'] },
    locale: 'en',
    graphqlUrl: 'http://gateway.test/graphql',
  }),
}));

let graphql: FakeGraphql;

const QUESTION = {
  code: 'outside_jobs',
  interest: true,
  text: { kk: 'Қосымша жұмыс бар ма?', ru: 'Есть ли работа по совместительству?', en: 'Any outside jobs?' },
};

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('StandardDeclarationQuestions', () => ({ standardDeclarationQuestions: [QUESTION] }));
  graphql.on('DeclarationOrgUnits', () => ({ orgUnits: [] }));
  graphql.on('DeclarationCampaigns', () => ({ declarationCampaigns: [] }));
  graphql.on('LaunchDeclarationCampaign', () => ({
    launchDeclarationCampaign: { campaign: { id: 'c1' }, declarants: 12, supplierLinks: [] },
  }));
});

async function mountDialog() {
  const options = withPlugin();
  const wrapper = mount(LaunchCampaignDialog, {
    props: { visible: false },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await wrapper.setProps({ visible: true });
  await flushPromises();
  return wrapper;
}

describe('LaunchCampaignDialog', () => {
  it('§72.1: launches a yearly campaign for everyone with the standard questions, and opens blank the next time', async () => {
    const wrapper = await mountDialog();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    // Nothing goes without the titles and the deadline.
    expect(graphql.sent('LaunchDeclarationCampaign')).toEqual([]);

    await wrapper.find('#campaign-title-kk').setValue('Жылдық декларация');
    await wrapper.find('#campaign-title-ru').setValue('Ежегодная декларация');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 11, 20));
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('LaunchDeclarationCampaign')).toEqual([
      {
        input: {
          title: { kk: 'Жылдық декларация', ru: 'Ежегодная декларация' },
          kind: 'yearly',
          group: 'all_employees',
          deadline: '2026-12-20',
          orgUnitId: null,
          questions: [QUESTION],
        },
      },
    ]);
    expect(wrapper.emitted('launched')).toHaveLength(1);
    expect(wrapper.emitted('close')).toHaveLength(1);

    await wrapper.setProps({ visible: false });
    await wrapper.setProps({ visible: true });
    await flushPromises();
    expect((wrapper.find('#campaign-title-kk').element as HTMLInputElement).value).toBe('');
    expect(wrapper.findComponent(DatePicker).props('modelValue')).toBeNull();
    wrapper.unmount();
  });
});
