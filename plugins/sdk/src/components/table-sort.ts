/** A sort as AdalTable emits it: `order` 1 ascending, -1 descending. */
export interface AdalTableSort {
  field: string;
  order: 1 | -1;
}

/** The direction a server takes for a table's sort order. */
export function sortDirection(order: 1 | -1): 'asc' | 'desc' {
  return order === 1 ? 'asc' : 'desc';
}

/**
 * The rows in the order of their keys, as a copy: numbers as numbers, anything else as text in the
 * interface language's alphabet ("10" after "9").
 */
export function sortedRows<Row>(
  rows: readonly Row[],
  keyOf: (row: Row) => unknown,
  order: 1 | -1,
  locale: string,
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const compare = (left: unknown, right: unknown) =>
    typeof left === 'number' && typeof right === 'number'
      ? left - right
      : collator.compare(String(left ?? ''), String(right ?? ''));
  return [...rows].sort((a, b) => compare(keyOf(a), keyOf(b)) * order);
}
