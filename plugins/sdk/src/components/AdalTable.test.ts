import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount } from '@vue/test-utils';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import Column from './TableColumn';
import { AdalGraphqlError } from '../graphql/errors';
import { withKitMessages } from '../kit-messages';
import { adalPrimeVueOptions } from '../theme';
import AdalTable from './AdalTable.vue';

interface Person {
  id: string;
  name: string;
  status: string;
}

const PEOPLE: Person[] = [
  { id: 'p1', name: 'Айгүл', status: 'Тағайындалды' },
  { id: 'p2', name: 'Болат', status: 'Аяқталды' },
];

// The plugin's own messages: the loading and error words are each plugin's, the table's are the sdk's.
const pluginMessages = {
  kk: { common: { loading: 'Жүктелуде…', retry: 'Қайталау' }, errors: { NETWORK: 'Сервер қолжетімсіз.' } },
  ru: { common: { loading: 'Загрузка…', retry: 'Повторить' }, errors: { NETWORK: 'Сервер недоступен.' } },
};

const NAME_AND_STATUS = () => [
  h(Column, { field: 'name', header: 'Имя', sortable: true }),
  h(Column, { field: 'status', header: 'Статус', sortable: true }),
];

function mountTable(props: Record<string, unknown>, locale: 'kk' | 'ru' = 'ru', columns = NAME_AND_STATUS) {
  return mount(AdalTable, {
    props: { rows: PEOPLE, dataKey: 'id', label: 'Сотрудники', emptyText: 'Никого нет', ...props },
    slots: {
      default: columns,
      filters: () => h('label', 'Фильтр'),
    },
    global: {
      plugins: [
        createI18n({
          legacy: false,
          locale,
          fallbackLocale: 'ru',
          messages: withKitMessages({ ...pluginMessages, en: {} }),
        }),
        [PrimeVue, adalPrimeVueOptions],
      ],
    },
  });
}

describe('AdalTable', () => {
  it('shows the rows in the columns the caller gives, inside a named, focusable scroll region', () => {
    const wrapper = mountTable({});
    const region = wrapper.get('[role="region"]');
    expect(region.attributes('aria-label')).toBe('Сотрудники');
    expect(region.attributes('tabindex')).toBe('0');
    expect(wrapper.get('table').attributes('aria-label')).toBe('Сотрудники');
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Имя', 'Статус']);
    expect(wrapper.findAll('tbody tr').map((tr) => tr.text())).toEqual([
      'АйгүлТағайындалды',
      'БолатАяқталды',
    ]);
    expect(wrapper.get('.adal-table-filters').text()).toBe('Фильтр');
  });

  it('says when there is nothing, in the words the caller chose, with no empty table to scroll', () => {
    const wrapper = mountTable({ rows: [] });
    expect(wrapper.get('.adal-table-empty').text()).toBe('Никого нет');
    expect(wrapper.find('table').exists()).toBe(false);
    // The filters stay: they are how a person gets rows back.
    expect(wrapper.get('.adal-table-filters').text()).toBe('Фильтр');
  });

  it('shows the plugin’s loading state on the first load and its error with a retry', async () => {
    expect(mountTable({ rows: [], status: 'loading' }).get('[role="status"]').text()).toBe('Загрузка…');
    const failed = mountTable({
      rows: [],
      status: 'error',
      error: new AdalGraphqlError('NETWORK', 'down'),
    });
    expect(failed.get('[role="alert"]').text()).toContain('Сервер недоступен.');
    expect(failed.find('table').exists()).toBe(false);
    await failed.get('button').trigger('click');
    expect(failed.emitted('retry')).toHaveLength(1);
  });

  it('keeps the rows while a lazy table reloads, and marks it busy', () => {
    const wrapper = mountTable({ lazy: true, status: 'loading' });
    expect(wrapper.findAll('tbody tr')).toHaveLength(2);
    expect(wrapper.find('[role="status"]').exists()).toBe(false);
    expect(wrapper.get('table').attributes('aria-busy')).toBe('true');
  });

  it('in lazy mode leaves the order to the server and emits the sort the person asked for', async () => {
    const wrapper = mountTable({ lazy: true, rows: [...PEOPLE].reverse() });
    await wrapper.findAll('th')[1]!.trigger('click');
    expect(wrapper.emitted('sort')).toEqual([[{ field: 'status', order: 1 }]]);
    // The rows stay as the server sent them until the store loads the new order.
    expect(wrapper.findAll('tbody tr')[0]!.text()).toContain('Болат');
  });

  it('sorts a table that is not lazy by itself, ascending first, from a button named by its header', async () => {
    const wrapper = mountTable({});
    const status = wrapper.findAll('th')[1]!;
    expect(status.attributes('aria-sort')).toBeUndefined();
    await status.get('button').trigger('click');
    expect(wrapper.findAll('tbody tr')[0]!.text()).toContain('Аяқталды');
    expect(status.attributes('aria-sort')).toBe('ascending');
    expect(status.get('button').text()).toBe('Статус');
    await status.trigger('click');
    expect(wrapper.findAll('tbody tr')[0]!.text()).toContain('Тағайындалды');
    expect(status.attributes('aria-sort')).toBe('descending');
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBeUndefined();
    // An order the caller gives afterwards is the one shown.
    await wrapper.setProps({ sortField: 'name', sortOrder: -1 });
    expect(wrapper.findAll('tbody tr')[0]!.text()).toContain('Болат');
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBe('descending');
  });

  it('draws each cell with its column’s slot, and sorts by a key the caller computes without asking the server', async () => {
    const nameLength = (person: Person) => person.name.length;
    const wrapper = mountTable({ rows: [...PEOPLE, { id: 'p3', name: 'Ая', status: 'Жаңа' }] }, 'ru', () => [
      h(
        Column,
        { header: 'Имя', sortField: nameLength, sortable: true },
        {
          body: ({ data, index }: { data: Person; index: number }) => h('a', `${index + 1}. ${data.name}`),
        },
      ),
      h(Column, { header: 'Статус' }, { header: () => h('i', '*') }),
    ]);
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Имя', '*Статус']);
    // A column without a field or slot has empty cells.
    expect(wrapper.findAll('tbody td')[1]!.text()).toBe('');
    await wrapper.findAll('th')[0]!.trigger('click');
    expect(wrapper.findAll('tbody a').map((a) => a.text())).toEqual(['1. Ая', '2. Айгүл', '3. Болат']);
    expect(wrapper.emitted('sort')).toBeUndefined();
  });

  it('pages a lazy table in the sdk’s own words, in Kazakh too', async () => {
    const wrapper = mountTable({ lazy: true, page: 1, pageSize: 2, total: 5 }, 'kk');
    const pager = wrapper.get('nav');
    expect(pager.attributes('aria-label')).toBe('Кесте беттері');
    expect(pager.text()).toContain('3–4, барлығы 5');
    const [previous, next] = pager.findAll('button');
    expect(previous!.text()).toBe('Алдыңғы бет');
    await next!.trigger('click');
    await previous!.trigger('click');
    expect(wrapper.emitted('page')).toEqual([[2], [0]]);
  });

  it('offers no pager when everything fits one page, and no "next" past the last one', () => {
    expect(mountTable({ lazy: true, total: 2 }).find('nav').exists()).toBe(false);
    const last = mountTable({ lazy: true, page: 2, pageSize: 2, total: 5 });
    expect(last.findAll('nav button')[1]!.attributes('disabled')).toBeDefined();
    const open = mountTable({ lazy: true, page: 0, pageSize: 2, hasNext: true });
    expect(open.get('nav').text()).toContain('Страница 1');
  });
});
