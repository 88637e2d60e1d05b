import { computed, ref, watch, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { sortedRows, type AdalTableSort } from './table-sort';

export interface LocalTable<Row> {
  /** Null: the rows in the order they came. */
  sort: Ref<AdalTableSort | null>;
  page: Ref<number>;
  /**
   * What AdalTable takes for its rows, order and pages (`v-bind`): the rows of the page shown,
   * sorted, and the listeners that sort and page them. It sorts and pages nothing itself (`lazy`).
   */
  bind: ComputedRef<{
    rows: Row[];
    lazy: true;
    sortField: string | null;
    sortOrder: 1 | -1 | null;
    page: number;
    pageSize: number;
    total: number;
    onSort: (sort: AdalTableSort) => void;
    onPage: (page: number) => void;
  }>;
  sortBy(sort: AdalTableSort | null): void;
}

/**
 * A list the page holds whole (a file's rows, the units of an organisation), sorted and paged
 * in the browser and shown through AdalTable as a server-paged one would be. Text sorts in the
 * interface language's alphabet, numbers as numbers; a new list starts again at its first page.
 */
export function useLocalTable<Row>(
  all: () => readonly Row[],
  sortKey: (row: Row, field: string) => string | number,
  pageSize = 25,
): LocalTable<Row> {
  const { locale } = useI18n();
  const sort = ref<AdalTableSort | null>(null);
  const page = ref(0);

  const sorted = computed<Row[]>(() => {
    const current = sort.value;
    if (!current) return [...all()];
    return sortedRows(all(), (row) => sortKey(row, current.field), current.order, locale.value);
  });

  watch(all, () => {
    page.value = 0;
  });

  function sortBy(next: AdalTableSort | null): void {
    sort.value = next;
    page.value = 0;
  }

  return {
    sort,
    page,
    bind: computed(() => ({
      rows: sorted.value.slice(page.value * pageSize, (page.value + 1) * pageSize),
      lazy: true,
      sortField: sort.value?.field ?? null,
      sortOrder: sort.value?.order ?? null,
      page: page.value,
      pageSize,
      total: sorted.value.length,
      onSort: sortBy,
      onPage: (next: number) => {
        page.value = next;
      },
    })),
    sortBy,
  };
}
