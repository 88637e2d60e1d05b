import { defineComponent, h, type PropType, type Slot, type VNode } from 'vue';
import { readColumns, valueAt, type TableColumnDefinition } from './table-columns';
import type { ColumnSortKey } from './TableColumn';

/** A sort the grid shows or asks for: by a column's key, 1 ascending or -1 descending. */
export interface GridSort {
  key: ColumnSortKey;
  order: 1 | -1;
}

/**
 * AdalTable's table itself: a plain `<table>` of the rows in the columns its caller declares. A
 * cell is the column's `body` slot called with its row, not a component of its own, so a page of
 * 25 rows in 9 columns costs 225 slot calls rather than 225 component instances. A sortable
 * column's header is a button inside the header cell, which says the order with `aria-sort`; a
 * click anywhere in the cell asks for the other order (ascending first).
 */
export default defineComponent({
  name: 'AdalTableGrid',
  props: {
    rows: { type: Array as PropType<readonly object[]>, required: true },
    dataKey: { type: String, required: true },
    label: { type: String, required: true },
    columns: { type: Function as PropType<Slot>, default: undefined },
    sort: { type: Object as PropType<GridSort | null>, default: null },
    rowClass: { type: Function as PropType<(row: never) => string | undefined>, default: undefined },
    busy: { type: Boolean, default: false },
  },
  emits: { sort: (sort: GridSort) => sort.order === 1 || sort.order === -1 },
  setup(props, { emit }) {
    function headerCell(column: TableColumnDefinition, index: number): VNode {
      const key = column.sortKey;
      const cell = { key: index, scope: 'col', style: column.style };
      if (key === undefined) return h('th', cell, [column.headerSlot?.(), column.header]);
      const order = props.sort?.key === key ? props.sort.order : null;
      const sorting = {
        class: 'adal-table-sortable',
        'aria-sort': order === 1 ? 'ascending' : order === -1 ? 'descending' : undefined,
        onClick: () => emit('sort', { key, order: order === 1 ? -1 : 1 }),
      };
      return h('th', { ...cell, ...sorting }, [
        column.headerSlot?.(),
        h('button', { type: 'button', class: 'adal-table-sort' }, [
          h('span', column.header),
          h('svg', { class: 'adal-table-sort-icon', viewBox: '0 0 10 14', 'aria-hidden': 'true' }, [
            h('path', { d: 'M5 1 9 6H1z', class: { 'adal-table-sort-on': order === 1 } }),
            h('path', { d: 'M5 13 1 8h8z', class: { 'adal-table-sort-on': order === -1 } }),
          ]),
        ]),
      ]);
    }

    function bodyCell(column: TableColumnDefinition, index: number, row: object, rowIndex: number): VNode {
      const content = column.body
        ? column.body({ data: row, index: rowIndex })
        : column.field
          ? String(valueAt(row, column.field) ?? '')
          : undefined;
      return h('td', { key: index, style: column.style }, content);
    }

    return () => {
      const columns = readColumns(props.columns?.() ?? []);
      const rowClass = props.rowClass as ((row: object) => string | undefined) | undefined;
      return h(
        'table',
        { class: 'adal-table-grid', 'aria-label': props.label, 'aria-busy': props.busy ? 'true' : undefined },
        [
          h('thead', [h('tr', columns.map(headerCell))]),
          h(
            'tbody',
            props.rows.map((row, rowIndex) =>
              h(
                'tr',
                { key: String(valueAt(row, props.dataKey)), class: rowClass?.(row) },
                columns.map((column, index) => bodyCell(column, index, row, rowIndex)),
              ),
            ),
          ),
        ],
      );
    };
  },
});
