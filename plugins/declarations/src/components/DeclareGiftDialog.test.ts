import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import InputNumber from 'primevue/inputnumber';
import Select from 'primevue/select';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import type { RelatedPerson } from '../stores/related-persons';
import DeclareGiftDialog from './DeclareGiftDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

const relative = (id: string, fullName: string, familyMember: boolean): RelatedPerson => ({
  id,
  relation: familyMember ? 'spouse' : 'sibling_full',
  relationClass: familyMember ? 'spouse' : 'close_relative',
  familyMember,
  fullName,
  iin: null,
  birthDate: null,
  workplace: null,
  workplaceBin: null,
  jobTitle: null,
  note: null,
});

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('MyRelatedPersons', () => ({
    myRelatedPersons: [relative('r-spouse', 'Айнұр Серікқызы', true), relative('r-brother', 'Інісі', false)],
  }));
  // What the server answers is not read here: the dialog closes on success.
  graphql.on('DeclareGift', () => ({ declareGift: { id: 'g1' } }));
});

async function mountDialog() {
  const options = withPlugin();
  const wrapper = mount(DeclareGiftDialog, {
    props: { visible: false },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await wrapper.setProps({ visible: true });
  await flushPromises();
  return wrapper;
}

async function fillRequired(wrapper: Awaited<ReturnType<typeof mountDialog>>) {
  await wrapper.find('#gift-giver').setValue('Асқар Нұрланов');
  await wrapper.find('#gift-occasion').setValue('New year');
  wrapper.findAllComponents(DatePicker)[0]!.vm.$emit('update:modelValue', new Date(2026, 5, 1));
  wrapper.findComponent(InputNumber).vm.$emit('update:modelValue', 38000);
  await flushPromises();
}

describe('DeclareGiftDialog', () => {
  it('§17.5: offers the declared family members, not other relatives, and sends the one chosen', async () => {
    const wrapper = await mountDialog();
    await wrapper.find('#gift-for-family').setValue(true);
    await flushPromises();
    const member = wrapper
      .findAllComponents(Select)
      .find((select) => select.props('inputId') === 'gift-member');
    expect(member?.props('options')).toEqual([
      { id: 'r-spouse', label: 'Айнұр Серікқызы' },
      { id: 'other', label: 'Not on the list: I will type the name' },
    ]);
    // The first family member is taken; no name to type.
    expect(wrapper.find('#gift-recipient').exists()).toBe(false);
    await fillRequired(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('DeclareGift')).toEqual([
      { input: expect.objectContaining({ relatedPersonId: 'r-spouse', recipientName: null }) },
    ]);
    wrapper.unmount();
  });

  it('starts blank each time it opens, so what was declared is not offered again', async () => {
    const wrapper = await mountDialog();
    await fillRequired(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('DeclareGift')).toHaveLength(1);
    await wrapper.setProps({ visible: false });
    await wrapper.setProps({ visible: true });
    await flushPromises();
    expect((wrapper.find('#gift-giver').element as HTMLInputElement).value).toBe('');
    expect((wrapper.find('#gift-occasion').element as HTMLInputElement).value).toBe('');
    expect(wrapper.findComponent(InputNumber).props('modelValue')).toBeNull();
    wrapper.unmount();
  });
});
