import { describe, expect, it } from 'vitest';
import { createCommentVNode, Fragment, h } from 'vue';
import TableColumn from './TableColumn';
import { readColumns, valueAt } from './table-columns';

describe('readColumns', () => {
  it('reads the columns in order through a false v-if and a v-for, as a template spells their props', () => {
    const body = () => [h('b', 'cell')];
    const byCode = (row: { code: string }) => row.code;
    const columns = readColumns([
      h(TableColumn, { field: 'name', header: 'Аты', sortable: '' }),
      createCommentVNode('v-if'),
      h(Fragment, [
        h(TableColumn, { header: 'Мерзімі', 'sort-field': 'dueOn', sortable: true }),
        h(TableColumn, { header: 'Коды', sortField: byCode, sortable: true }),
      ]),
      h('span', 'not a column'),
      h(TableColumn, { header: 'Әрекет', field: 'id', style: { width: '3rem' } }, { body }),
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
