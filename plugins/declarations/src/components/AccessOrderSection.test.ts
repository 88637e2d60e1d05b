import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import { AdalGraphqlError, PersonPicker, type AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import AccessOrderSection from './AccessOrderSection.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const HR = { id: 'p-hr', fullName: 'Сәуле Кадрова' };
const ETHICS = { id: 'p-ethics', fullName: 'Әсел Әдепова' };
const HEAD = { id: 'p-head', fullName: 'Серік Басшы' };
const IN_FORCE = {
  id: 'order-1',
  orderNumber: '7-Ө',
  orderDate: '2026-01-05',
  approvedBy: HEAD,
  members: [HR],
};

let graphql: FakeGraphql;
let order: typeof IN_FORCE | null;

beforeEach(() => {
  order = IN_FORCE;
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ForeignAccountAccessOrder', () => ({ foreignAccountAccessOrder: order }));
  graphql.on('RecordForeignAccountAccessOrder', (v) => {
    order = {
      id: 'order-2',
      orderNumber: String(v['orderNumber']),
      orderDate: String(v['orderDate']),
      approvedBy: HEAD,
      members: [HR, ETHICS],
    };
    return { recordForeignAccountAccessOrder: 'order-2' };
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountSection(canRecord: boolean, locale: AdalLocale = 'en') {
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(AccessOrderSection, {
    props: { canRecord },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const button = (wrapper: VueWrapper, label: string) =>
  wrapper.findAll('button').find((b) => b.text() === label);

async function openAndFill(wrapper: VueWrapper) {
  await button(wrapper, 'Record a new order')!.trigger('click');
  await flushPromises();
  await wrapper.find('#access-order-number').setValue(' 12-Ө ');
  wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 2, 2));
  wrapper.findComponent(PersonPicker).vm.$emit('update:selected', [HR, ETHICS]);
  await flushPromises();
}

describe('AccessOrderSection (§30.1)', () => {
  it('shows the order in force with the names of the people it names, never their ids', async () => {
    const wrapper = await mountSection(false);
    const text = wrapper.text();
    expect(text).toContain('Order No. 7-Ө of 01/05/2026, signed by Серік Басшы');
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Сәуле Кадрова']);
    expect(text).not.toContain('p-hr');
    // HR reads the order; only the first head records one.
    expect(button(wrapper, 'Record a new order')).toBeUndefined();
    wrapper.unmount();
  });

  it('says who must record the order while there is none, and offers it to the first head', async () => {
    order = null;
    const hr = await mountSection(false);
    expect(hr.text()).toContain('No order is recorded. The first head approves by order');
    hr.unmount();
    const head = await mountSection(true);
    expect(head.text()).toContain('Record your order naming who has access');
    expect(button(head, 'Record the order')).toBeDefined();
    head.unmount();
  });

  it('tells someone the order does not name that the check is not open to them', async () => {
    graphql.on('ForeignAccountAccessOrder', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'refused');
    });
    const wrapper = await mountSection(false);
    expect(wrapper.text()).toContain('You are not named in it.');
    wrapper.unmount();
  });

  it('reads the new order back, with the one it replaces, before the first head records it', async () => {
    const wrapper = await mountSection(true);
    await openAndFill(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordForeignAccountAccessOrder')).toEqual([]);
    const dialog = wrapper.find('form').text();
    expect(dialog).toContain(
      'Order No. 12-Ө of 03/02/2026 gives access to the foreign-account data to: Сәуле Кадрова, Әсел Әдепова.',
    );
    expect(dialog).toContain('It replaces order No. 7-Ө of 01/05/2026');

    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordForeignAccountAccessOrder')).toEqual([
      { orderNumber: '12-Ө', orderDate: '2026-03-02', memberIds: ['p-hr', 'p-ethics'] },
    ]);
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Order No. 12-Ө of 03/02/2026');
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Сәуле Кадрова', 'Әсел Әдепова']);
    expect(wrapper.text()).toContain('The order is recorded and in force.');
    wrapper.unmount();
  });

  it('starts from the people of the order in force and asks again after a change', async () => {
    const wrapper = await mountSection(true);
    await button(wrapper, 'Record a new order')!.trigger('click');
    await flushPromises();
    expect(wrapper.findComponent(PersonPicker).props('selected')).toEqual([HR]);
    await openAndFill(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('form').text()).toContain('gives access');
    await wrapper.find('#access-order-number').setValue('13-Ө');
    await flushPromises();
    expect(wrapper.find('form').text()).not.toContain('gives access');
    expect(graphql.sent('RecordForeignAccountAccessOrder')).toEqual([]);
    wrapper.unmount();
  });

  it('names each missing field and sends nothing', async () => {
    const wrapper = await mountSection(true);
    await button(wrapper, 'Record a new order')!.trigger('click');
    await flushPromises();
    wrapper.findComponent(PersonPicker).vm.$emit('update:selected', []);
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const dialog = wrapper.find('form').text();
    for (const message of [
      'Give the number of the order',
      'Give the date of the order',
      'Name at least one person',
    ])
      expect(dialog).toContain(message);
    expect(graphql.sent('RecordForeignAccountAccessOrder')).toEqual([]);
    wrapper.unmount();
  });

  it("shows the server's refusal in the reader's language and keeps the order in force", async () => {
    graphql.on('RecordForeignAccountAccessOrder', () => {
      throw new AdalGraphqlError('VALIDATION', 'One of the people named is not an active member', {
        details: { messageKey: 'foreignAccount.accessOrder.unknownMember', params: { field: 'memberIds' } },
      });
    });
    const wrapper = await mountSection(true, 'kk');
    await button(wrapper, 'Жаңа бұйрықты тіркеу')!.trigger('click');
    await flushPromises();
    await wrapper.find('#access-order-number').setValue('12-Ө');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 2, 2));
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const dialog = wrapper.find('form').text();
    expect(dialog).toContain('Аталғандардың бірі ұйымның белсенді мүшесі емес');
    expect(dialog).not.toContain('One of the people');
    expect(graphql.sent('ForeignAccountAccessOrder')).toHaveLength(1);
    expect(wrapper.text()).toContain('05.01.2026 № 7-Ө бұйрық');
    wrapper.unmount();
  });

  it('speaks only Kazakh on a Kazakh page', async () => {
    const wrapper = await mountSection(true, 'kk');
    await button(wrapper, 'Жаңа бұйрықты тіркеу')!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).not.toMatch(/[A-Za-z]/);
    wrapper.unmount();
  });
});
