import { defineComponent, type PropType, type SlotsType, type StyleValue, type VNode } from 'vue';

/** What a column sorts by: a field of the row (`a.b` for a nested one), or the row's own key. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller's row type; a column is not tied to its table's
export type ColumnSortKey = string | ((row: any) => unknown);

/**
 * A column of AdalTable: its header (the `header` words or slot), the field it shows or the
 * `body` slot that draws each cell, and whether and by what it sorts. It draws nothing itself:
 * AdalTable reads its columns from the slot it is put in.
 */
export default defineComponent({
  name: 'AdalColumn',
  props: {
    field: { type: String, default: undefined },
    header: { type: String, default: undefined },
    sortField: { type: [String, Function] as PropType<ColumnSortKey>, default: undefined },
    sortable: { type: Boolean, default: false },
    /** Set on the header cell and on every cell of the column. */
    style: { type: [String, Object, Array] as PropType<StyleValue>, default: undefined },
  },
  slots: Object as SlotsType<{
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller's row type, named in its slot
    body: { data: any; index: number };
    header: Record<string, never>;
  }>,
  render: (): VNode | null => null,
});
