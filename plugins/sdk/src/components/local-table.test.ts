import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mount } from '@vue/test-utils';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import Column from './TableColumn';
import { withKitMessages } from '../kit-messages';
import { adalPrimeVueOptions } from '../theme';
import AdalTable from './AdalTable.vue';
import { useLocalTable } from './local-table';

interface Unit {
  id: string;
  name: string;
  people: number;
}

const units = ref<Unit[]>([]);

function unitsNamed(names: string[]): Unit[] {
  return names.map((name, index) => ({ id: `u${index}`, name, people: (index * 7) % 5 }));
}

// A page that holds its whole list and shows it through AdalTable, two rows a page.
const UnitsTable = defineComponent(() => {
  const table = useLocalTable(
    () => units.value,
    (unit, field) => (field === 'people' ? unit.people : unit.name),
    2,
  );
  return () =>
    h(AdalTable, { ...table.bind.value, dataKey: 'id', label: 'Бөлімшелер', emptyText: 'Жоқ' }, () => [
      h(Column, { field: 'name', sortField: 'name', header: 'Атауы', sortable: true }),
      h(Column, { field: 'people', sortField: 'people', header: 'Саны', sortable: true }),
    ]);
});

function mountUnits() {
  return mount(UnitsTable, {
    global: {
      plugins: [
        createI18n({ legacy: false, locale: 'kk', messages: withKitMessages({ kk: {}, ru: {}, en: {} }) }),
        [PrimeVue, adalPrimeVueOptions],
      ],
    },
  });
}

const names = (wrapper: ReturnType<typeof mountUnits>) =>
  wrapper.findAll('tbody tr').map((row) => row.find('td').text());
const button = (wrapper: ReturnType<typeof mountUnits>, label: string) =>
  wrapper.findAll('.adal-table-pager button').find((b) => b.text() === label)!;

describe('useLocalTable', () => {
  it('pages a list it holds whole in the order it came, until a column sorts it in the Kazakh alphabet', async () => {
    units.value = unitsNamed(['Өндіріс', 'Ақпарат', 'Қаржы', 'Бас кеңсе', 'Заң']);
    const wrapper = mountUnits();
    expect(names(wrapper)).toEqual(['Өндіріс', 'Ақпарат']);
    expect(wrapper.get('.adal-pager-position').text()).toBe('1–2, барлығы 5');
    await button(wrapper, 'Келесі бет').trigger('click');
    expect(names(wrapper)).toEqual(['Қаржы', 'Бас кеңсе']);

    // Sorting starts again from the first page: А, Ә, Б, … Қ, … Ө.
    await wrapper.findAll('th')[0]!.trigger('click');
    expect(names(wrapper)).toEqual(['Ақпарат', 'Бас кеңсе']);
    await button(wrapper, 'Келесі бет').trigger('click');
    await button(wrapper, 'Келесі бет').trigger('click');
    expect(names(wrapper)).toEqual(['Өндіріс']);
    await wrapper.findAll('th')[0]!.trigger('click');
    expect(names(wrapper)).toEqual(['Өндіріс', 'Қаржы']);
  });

  it('sorts numbers as numbers, and starts a new list at its first page', async () => {
    units.value = unitsNamed(['A', 'B', 'C', 'D', 'E']);
    const wrapper = mountUnits();
    await wrapper.findAll('th')[1]!.trigger('click');
    expect(wrapper.findAll('tbody tr').map((row) => row.findAll('td')[1]!.text())).toEqual(['0', '1']);
    await button(wrapper, 'Келесі бет').trigger('click');
    units.value = unitsNamed(['F', 'G', 'H']);
    await wrapper.vm.$nextTick();
    expect(wrapper.get('.adal-pager-position').text()).toBe('1–2, барлығы 3');
  });
});
