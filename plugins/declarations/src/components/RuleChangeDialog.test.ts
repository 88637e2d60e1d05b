import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import { AdalGraphqlError, PersonPicker, type AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import RuleChangeDialog from './RuleChangeDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('RecordDeclarationRuleChange', () => ({ recordDeclarationRuleChange: '2026-08-13' }));
});

async function mountDialog(locale: AdalLocale = 'en') {
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(RuleChangeDialog, {
    props: { visible: false },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await wrapper.setProps({ visible: true });
  await flushPromises();
  return wrapper;
}

async function fill(wrapper: Awaited<ReturnType<typeof mountDialog>>, title: string) {
  await wrapper.find('#rule-change-title').setValue(title);
  wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 6, 1));
  await flushPromises();
}

describe('RuleChangeDialog (§24.1(d), §26)', () => {
  it('§24.1(d): records a change in the law for every declarant, naming nobody, and answers the due day', async () => {
    const wrapper = await mountDialog();
    expect(wrapper.findComponent(PersonPicker).exists()).toBe(false);
    await fill(wrapper, '  Law No. 245-VIII  ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordDeclarationRuleChange')).toEqual([
      { input: { kind: 'law', title: 'Law No. 245-VIII', inForceOn: '2026-07-01', personIds: [] } },
    ]);
    expect(wrapper.emitted('recorded')).toEqual([['2026-08-13']]);
    wrapper.unmount();
  });

  it('§26: asks for the people a change in who must declare concerns, and sends each of them', async () => {
    const wrapper = await mountDialog();
    await wrapper.find('#rule-change-kind-declarant_list').trigger('change');
    await fill(wrapper, 'Order No. 12');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordDeclarationRuleChange')).toEqual([]);
    expect(wrapper.text()).toContain('Choose the people the change concerns');

    wrapper.findComponent(PersonPicker).vm.$emit('update:selected', [
      { id: 'p1', fullName: 'Дана Сейітова' },
      { id: 'p2', fullName: 'Ерлан Жұмабаев' },
    ]);
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordDeclarationRuleChange')).toEqual([
      {
        input: {
          kind: 'declarant_list',
          title: 'Order No. 12',
          inForceOn: '2026-07-01',
          personIds: ['p1', 'p2'],
        },
      },
    ]);
    wrapper.unmount();
  });

  it('asks for the act and the day before sending anything', async () => {
    const wrapper = await mountDialog();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordDeclarationRuleChange')).toEqual([]);
    expect(wrapper.text()).toContain('Name the act that changed');
    expect(wrapper.text()).toContain('Give the day it enters into force');
    wrapper.unmount();
  });

  it("explains a refusal in the reader's language and stays open, recording nothing", async () => {
    graphql.on('RecordDeclarationRuleChange', () => {
      throw new AdalGraphqlError('VALIDATION', 'Choose the employees the change concerns', {
        details: { messageKey: 'financial.ruleChange.unknownPerson', field: 'personIds' },
      });
    });
    const wrapper = await mountDialog('kk');
    expect(wrapper.text()).toContain('Не өзгерді');
    expect(wrapper.text()).not.toContain('What changed');
    await fill(wrapper, 'Заң № 245-VIII');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Таңдалғандардың бірі ұйымда жоқ');
    expect(wrapper.emitted('recorded')).toBeUndefined();
    expect(wrapper.find('#rule-change-title').exists()).toBe(true);
    wrapper.unmount();
  });
});
