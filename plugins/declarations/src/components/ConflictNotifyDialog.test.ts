import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import Select from 'primevue/select';
import { PersonPicker } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import ConflictNotifyDialog from './ConflictNotifyDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null, roles: [] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en' }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('MyRelatedPersons', () => ({ myRelatedPersons: [] }));
  graphql.on('NotifyConflictOfInterest', () => ({ notifyConflictOfInterest: { id: 'case-1' } }));
});

async function mountDialog(roles: string[]) {
  fake.roles = roles;
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(ConflictNotifyDialog, {
    props: { visible: false },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await wrapper.setProps({ visible: true });
  await flushPromises();
  return wrapper;
}

async function fill(wrapper: Awaited<ReturnType<typeof mountDialog>>) {
  wrapper
    .findAllComponents(Select)
    .find((s) => s.props('inputId') === 'conflict-who')!
    .vm.$emit('update:modelValue', 'other');
  await flushPromises();
  await wrapper.find('#conflict-other-name').setValue('Бауыржан Сейітов');
  await wrapper.find('#conflict-counterparty').setValue('ТОО «Альфа»');
  await wrapper.find('#conflict-matter').setValue('My cousin owns the supplier');
  await wrapper.find('#conflict-decision').setValue('The award of the tender');
}

describe('ConflictNotifyDialog', () => {
  it('§15.5: asks a first head for the deputy who takes the notification up, and sends them', async () => {
    const wrapper = await mountDialog(['employee', 'first_head']);
    await fill(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('NotifyConflictOfInterest')).toEqual([]);
    expect(wrapper.text()).toContain('As the first head, name the deputy who takes it up');

    wrapper.findComponent(PersonPicker).vm.$emit('update:selected', [{ id: 'deputy-1', fullName: 'Deputy' }]);
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('NotifyConflictOfInterest')).toEqual([
      { input: expect.objectContaining({ relatedPersonName: 'Бауыржан Сейітов', deputyId: 'deputy-1' }) },
    ]);
    wrapper.unmount();
  });

  it('asks no one else for a deputy: their manager forwards it', async () => {
    const wrapper = await mountDialog(['employee']);
    expect(wrapper.findComponent(PersonPicker).exists()).toBe(false);
    await fill(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('NotifyConflictOfInterest')).toEqual([
      { input: expect.objectContaining({ deputyId: null }) },
    ]);
    wrapper.unmount();
  });
});
