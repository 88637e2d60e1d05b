import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { AdalLocale } from '../locale';
import { FakeGraphql, pluginMountOptions } from '../testing';
import { SEARCH_DELAY_MS, type PickablePerson } from '../people-search';
import PersonPicker from './PersonPicker.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('../graphql/client', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const DANA = {
  id: 'p-dana',
  fullName: 'Дана Омарова',
  email: 'd.omarova@corp.kz',
  orgUnit: { id: 'u-fin', names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } },
};
const BOLAT = {
  id: 'p-bolat',
  fullName: 'Болат Омаров',
  email: 'b.omarov@corp.kz',
  orgUnit: { id: 'u-leg', names: { kk: 'Заң бөлімі', ru: 'Юридический отдел', en: 'Legal' } },
};
let graphql: FakeGraphql;

beforeEach(() => {
  vi.useFakeTimers();
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('SearchPeople', ({ search }) => ({
    people: [BOLAT, DANA].filter((person) => person.fullName.toLowerCase().includes(String(search))),
  }));
});

afterEach(() => {
  vi.useRealTimers();
});

function mountPicker(selected: PickablePerson[] = [], multiple = false, locale: AdalLocale = 'en') {
  return mount(PersonPicker, {
    props: { id: 'owner', label: 'Owner', selected, multiple },
    ...pluginMountOptions({ kk: {}, ru: {}, en: {} }, locale),
  });
}

async function type(wrapper: ReturnType<typeof mountPicker>, text: string): Promise<void> {
  await wrapper.find('input').setValue(text);
  await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
  await flushPromises();
}

const options = (wrapper: ReturnType<typeof mountPicker>) => wrapper.findAll('[role="option"]');

describe('PersonPicker', () => {
  it('offers the organisation’s people the gateway finds, with e-mail and unit, as a labelled combobox', async () => {
    const wrapper = mountPicker();
    const input = wrapper.find('input');
    expect(input.attributes('role')).toBe('combobox');
    expect(wrapper.find('label').attributes('for')).toBe(input.attributes('id'));
    expect(input.attributes('aria-expanded')).toBe('false');

    await wrapper.find('input').setValue('омаров');
    expect(wrapper.find('[role="status"]').text()).toBe('Searching…');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    await flushPromises();

    expect(graphql.sent('SearchPeople')).toEqual([{ search: 'омаров' }]);
    expect(input.attributes('aria-expanded')).toBe('true');
    expect(options(wrapper).map((option) => option.attributes('aria-label'))).toEqual([
      'Болат Омаров, b.omarov@corp.kz, Legal',
      'Дана Омарова, d.omarova@corp.kz, Finance',
    ]);
    expect(options(wrapper)[0]!.find('.about').text()).toBe('b.omarov@corp.kz · Legal');
    await options(wrapper)[1]!.trigger('click');
    expect(wrapper.emitted('update:selected')).toEqual([[[{ id: 'p-dana', fullName: 'Дана Омарова' }]]]);
    expect((input.element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('names each match’s unit in the interface language', async () => {
    const wrapper = mountPicker([], false, 'kk');
    await type(wrapper, 'омаров');
    expect(options(wrapper).map((option) => option.find('.about').text())).toEqual([
      'b.omarov@corp.kz · Заң бөлімі',
      'd.omarova@corp.kz · Қаржы',
    ]);
    wrapper.unmount();
  });

  it('chooses with the arrow keys and Enter, without submitting the form around it', async () => {
    const wrapper = mountPicker([{ id: 'p-anna', fullName: 'Анна Серікова' }], true);
    await type(wrapper, 'омаров');
    const input = wrapper.find('input');
    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('owner-match-1');
    expect(options(wrapper)[1]!.attributes('aria-selected')).toBe('true');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    input.element.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(wrapper.emitted('update:selected')).toEqual([
      [
        [
          { id: 'p-anna', fullName: 'Анна Серікова' },
          { id: 'p-dana', fullName: 'Дана Омарова' },
        ],
      ],
    ]);
    wrapper.unmount();
  });

  it('marks a person already chosen and does not choose them twice', async () => {
    const wrapper = mountPicker([{ id: 'p-dana', fullName: 'Дана Омарова' }], true);
    await type(wrapper, 'дана');
    expect(options(wrapper)[0]!.attributes('aria-disabled')).toBe('true');
    await options(wrapper)[0]!.trigger('click');
    expect(wrapper.emitted('update:selected')).toBeUndefined();
    wrapper.unmount();
  });

  it('says when nobody was found, and shows a refused search as an error', async () => {
    const wrapper = mountPicker();
    await type(wrapper, 'сейткали');
    expect(wrapper.find('[role="status"]').text()).toBe('Nobody was found among the organisation’s staff.');
    expect(wrapper.find('input').attributes('aria-expanded')).toBe('false');

    graphql.on('SearchPeople', () => Promise.reject(new Error('offline')));
    await type(wrapper, 'болат');
    expect(wrapper.find('[role="alert"]').exists()).toBe(true);
    expect(wrapper.find('[role="status"]').text()).toBe('');
    wrapper.unmount();
  });

  it('closes the matches on Escape and opens them again on the next keystroke', async () => {
    const wrapper = mountPicker();
    await type(wrapper, 'омаров');
    const input = wrapper.find('input');
    await input.trigger('keydown', { key: 'Escape' });
    expect(input.attributes('aria-expanded')).toBe('false');
    await type(wrapper, 'омарова');
    expect(input.attributes('aria-expanded')).toBe('true');
    expect(options(wrapper).map((option) => option.find('.name').text())).toEqual(['Дана Омарова']);
    wrapper.unmount();
  });
});
