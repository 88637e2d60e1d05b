import { Fragment, type Slot, type StyleValue, type VNode } from 'vue';
import TableColumn, { type ColumnSortKey } from './TableColumn';

/** A column as AdalTable draws it, read from a `<Column>` in its slot. */
export interface TableColumnDefinition {
  field: string | undefined;
  header: string | undefined;
  /** What it sorts by; undefined for a column that does not sort. */
  sortKey: ColumnSortKey | undefined;
  style: StyleValue | undefined;
  body: Slot | undefined;
  headerSlot: Slot | undefined;
}

/**
 * The columns in a table's slot, in order. A column under `v-if` that is false is a comment here,
 * and columns made by `v-for` come as a fragment: both are looked through.
 */
export function readColumns(nodes: readonly VNode[]): TableColumnDefinition[] {
  return nodes.flatMap((node): TableColumnDefinition[] => {
    if (node.type === Fragment && Array.isArray(node.children)) return readColumns(node.children as VNode[]);
    if (node.type !== TableColumn) return [];
    // A template writes props as it spells them (`sort-field`); Vue camelizes them only on mounting.
    const props = (node.props ?? {}) as Record<string, unknown>;
    const prop = (name: string, kebab = name) => props[name] ?? props[kebab];
    const slots = (node.children ?? {}) as { body?: Slot; header?: Slot };
    const field = prop('field') as string | undefined;
    const sortable = prop('sortable');
    return [
      {
        field,
        header: prop('header') as string | undefined,
        sortKey:
          sortable === true || sortable === ''
            ? ((prop('sortField', 'sort-field') as ColumnSortKey | undefined) ?? field)
            : undefined,
        style: prop('style') as StyleValue | undefined,
        body: slots.body,
        headerSlot: slots.header,
      },
    ];
  });
}

/** A row's value at `key`: a field (`person.fullName` reaches into a nested object) or a key function. */
export function valueAt(row: object, key: ColumnSortKey): unknown {
  if (typeof key === 'function') return key(row);
  return key
    .split('.')
    .reduce<unknown>(
      (value, name) =>
        value === null || value === undefined ? undefined : (value as Record<string, unknown>)[name],
      row,
    );
}
