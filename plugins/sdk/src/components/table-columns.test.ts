import { describe, expect, it } from 'vitest';
import { createCommentVNode, Fragment, h, type Component, type Slot } from 'vue';
import TableColumn from './TableColumn';
import { readColumns, valueAt } from './table-columns';

/** A column as a template makes it: props as spelt (`sort-field`, `sortable=""`), not yet cast. */
const column = (props: Record<string, unknown>, slots?: Record<string, Slot>) =>
  h(TableColumn as Component, props, slots);

describe('readColumns', () => {
  it('reads the columns in order through a false v-if and a v-for, as a template spells their props', () => {
    const body = () => [h('b', 'cell')];
    const byCode = (row: { code: string }) => row.code;
    const columns = readColumns([
      column({ field: 'name', header: 'Аты', sortable: '' }),
      createCommentVNode('v-if'),
      h(Fragment, [
        column({ header: 'Мерзімі', 'sort-field': 'dueOn', sortable: true }),
        column({ header: 'Коды', sortField: byCode, sortable: true }),
      ]),
      h('span', 'not a column'),
      column({ header: 'Әрекет', field: 'id', style: { width: '3rem' } }, { body }),
    ]);
    expect(columns.map((column) => [column.header, column.sortKey])).toEqual([
      ['Аты', 'name'],
      ['Мерзімі', 'dueOn'],
      ['Коды', byCode],
      // Not sortable: no key, though it names a field.
      ['Әрекет', undefined],
    ]);
    expect(columns[3]!.style).toEqual({ width: '3rem' });
    expect(columns[3]!.body).toBe(body);
  });
});

describe('valueAt', () => {
  it('reaches into a nested field, and calls a key computed from the row', () => {
    const row = { person: { fullName: 'Айгүл Сейітова' }, code: 'K-7' };
    expect(valueAt(row, 'person.fullName')).toBe('Айгүл Сейітова');
    expect(valueAt(row, 'person.missing.deeper')).toBeUndefined();
    expect(valueAt(row, (r: typeof row) => r.code.toLowerCase())).toBe('k-7');
  });
});
