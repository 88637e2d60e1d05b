/** A sort as AdalTable emits it: `order` 1 ascending, -1 descending. */
export interface AdalTableSort {
  field: string;
  order: 1 | -1;
}

/** The direction a server takes for a table's sort order. */
export function sortDirection(order: 1 | -1): 'asc' | 'desc' {
  return order === 1 ? 'asc' : 'desc';
}

/** Two sort keys in order: numbers as numbers, anything else as text in the collator's alphabet. */
export function compareKeys(left: unknown, right: unknown, collator: Intl.Collator): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return collator.compare(String(left ?? ''), String(right ?? ''));
}
