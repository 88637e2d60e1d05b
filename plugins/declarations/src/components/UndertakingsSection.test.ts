import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import { AdalGraphqlError, type AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import UndertakingsSection from './UndertakingsSection.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

type Row = { personId: string; fullName: string; signedOn: string | null };
let rows: Row[];
let graphql: FakeGraphql;

beforeEach(() => {
  rows = [
    { personId: 'p1', fullName: 'Айжан Бекова', signedOn: '2025-02-03' },
    { personId: 'p2', fullName: 'Ерлан Жұмабаев', signedOn: null },
    { personId: 'p3', fullName: 'Дана Сейітова', signedOn: null },
  ];
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ForeignAccountUndertakings', () => ({
    foreignAccountUndertakings: rows.map((r) => ({ ...r })),
  }));
  graphql.on('RecordForeignAccountUndertaking', (v) => {
    rows = rows.map((r) => (r.personId === v['personId'] ? { ...r, signedOn: String(v['signedOn']) } : r));
    return { recordForeignAccountUndertaking: v['signedOn'] };
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountSection(locale: AdalLocale = 'en') {
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(UndertakingsSection, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const names = (wrapper: VueWrapper) => wrapper.findAll('tbody tr strong').map((cell) => cell.text());
const button = (wrapper: VueWrapper, label: string) =>
  wrapper.findAll('button').find((b) => b.text() === label);
const dialogForm = (wrapper: VueWrapper) =>
  wrapper.findAll('form').find((form) => form.find('#undertaking-signed-on').exists());

describe('UndertakingsSection (§30.2)', () => {
  it('lists everyone who must sign, signed or not and the day', async () => {
    const wrapper = await mountSection();
    expect(names(wrapper)).toEqual(['Айжан Бекова', 'Ерлан Жұмабаев', 'Дана Сейітова']);
    expect(wrapper.text()).toContain('1 of 3 signed');
    const first = wrapper.findAll('tbody tr')[0]!.text();
    expect(first).toContain('Signed');
    expect(first).toContain('02/03/2025');
    expect(wrapper.findAll('tbody tr')[1]!.text()).toContain('Not signed');
    // Only those not signed yet get a button to record it.
    expect(button(wrapper, 'Record the signed undertaking: Айжан Бекова')).toBeUndefined();
    expect(button(wrapper, 'Record the signed undertaking: Ерлан Жұмабаев')).toBeDefined();
    wrapper.unmount();
  });

  it('finds people by name and shows only those who have not signed', async () => {
    const wrapper = await mountSection();
    await wrapper.find('#undertakings-not-signed').setValue(true);
    await flushPromises();
    expect(names(wrapper)).toEqual(['Ерлан Жұмабаев', 'Дана Сейітова']);
    await wrapper.find('#undertakings-search').setValue('дана');
    await flushPromises();
    expect(names(wrapper)).toEqual(['Дана Сейітова']);
    await wrapper.find('#undertakings-search').setValue('Айжан');
    await flushPromises();
    expect(names(wrapper)).toEqual([]);
    expect(wrapper.text()).toContain('Nobody matches. Clear the search or the filter.');
    wrapper.unmount();
  });

  it('says what to do while nobody must sign', async () => {
    rows = [];
    const wrapper = await mountSection();
    expect(wrapper.text()).toContain('Nobody must sign yet.');
    expect(wrapper.text()).toContain('list them there first');
    wrapper.unmount();
  });

  it('records the day a person signed and shows them signed', async () => {
    const wrapper = await mountSection();
    await button(wrapper, 'Record the signed undertaking: Ерлан Жұмабаев')!.trigger('click');
    await flushPromises();
    const form = dialogForm(wrapper)!;
    expect(form.text()).toContain('Ерлан Жұмабаев signed the undertaking');
    await form.trigger('submit');
    await flushPromises();
    expect(form.text()).toContain('Give the day it was signed');
    expect(graphql.sent('RecordForeignAccountUndertaking')).toEqual([]);

    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 0, 20));
    await flushPromises();
    await form.trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordForeignAccountUndertaking')).toEqual([
      { personId: 'p2', signedOn: '2026-01-20' },
    ]);
    expect(dialogForm(wrapper)).toBeUndefined();
    expect(wrapper.text()).toContain('2 of 3 signed');
    expect(wrapper.findAll('tbody tr')[1]!.text()).toContain('01/20/2026');
    wrapper.unmount();
  });

  it("shows the server's refusal in the reader's language and changes nothing", async () => {
    graphql.on('RecordForeignAccountUndertaking', () => {
      throw new AdalGraphqlError('CONFLICT', "This person's undertaking is already recorded", {
        details: { messageKey: 'foreignAccount.undertaking.alreadyRecorded' },
      });
    });
    const wrapper = await mountSection('ru');
    await button(wrapper, 'Записать подписанное обязательство: Ерлан Жұмабаев')!.trigger('click');
    await flushPromises();
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 0, 20));
    await flushPromises();
    await dialogForm(wrapper)!.trigger('submit');
    await flushPromises();
    const form = dialogForm(wrapper)!;
    expect(form.text()).toContain('Обязательство этого лица уже записано');
    expect(form.text()).not.toContain('already recorded');
    expect(wrapper.text()).toContain('Подписали 1 из 3');
    wrapper.unmount();
  });

  it('speaks only Kazakh on a Kazakh page', async () => {
    const wrapper = await mountSection('kk');
    await button(wrapper, 'Қол қойылған міндеттемені тіркеу: Ерлан Жұмабаев')!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).not.toMatch(/[A-Za-z]/);
    wrapper.unmount();
  });
});
