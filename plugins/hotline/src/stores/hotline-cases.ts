import { computed, reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListHotlineCasesDocument,
  type HotlineCaseFilter,
  type HotlineCaseSort,
  type HotlineCaseSortField,
  type HotlineCaseSummaryFieldsFragment,
  type HotlineCategory,
  type HotlineChannel,
  type HotlinePriority,
  type HotlineStatus,
} from '../graphql/generated/graphql';

/** A row of the queue as the server sends it: a withheld row leaves its summary fields null. */
export type HotlineQueueRow = HotlineCaseSummaryFieldsFragment;

type SummaryField =
  | 'category'
  | 'channel'
  | 'scope'
  | 'anonymous'
  | 'acknowledgeBy'
  | 'processBy'
  | 'overdueAcknowledgement'
  | 'assignees'
  | 'priority'
  | 'labels';

/** A case the viewer may open: every summary field is there. */
export type HotlineCaseSummary = Omit<HotlineQueueRow, SummaryField | 'withheld'> & {
  [Field in SummaryField]: NonNullable<HotlineQueueRow[Field]>;
} & { withheld: false };

/**
 * A case that names a compliance head, in a compliance head's queue (ADR 008): only that it
 * exists, its number, date and status, and who handles it.
 */
export type WithheldCase = Pick<HotlineQueueRow, 'id' | 'number' | 'status' | 'receivedAt' | 'handledBy'> & {
  withheld: true;
};

export type QueueItem = HotlineCaseSummary | WithheldCase;

export function queueItem(row: HotlineQueueRow): QueueItem {
  const {
    category,
    channel,
    scope,
    anonymous,
    acknowledgeBy,
    processBy,
    overdueAcknowledgement,
    assignees,
    priority,
    labels,
  } = row;
  if (
    row.withheld ||
    category === null ||
    channel === null ||
    scope === null ||
    anonymous === null ||
    acknowledgeBy === null ||
    processBy === null ||
    overdueAcknowledgement === null ||
    assignees === null ||
    priority === null ||
    labels === null
  ) {
    const { id, number, status, receivedAt, handledBy } = row;
    return { id, number, status, receivedAt, handledBy, withheld: true };
  }
  return {
    ...row,
    category,
    channel,
    scope,
    anonymous,
    acknowledgeBy,
    processBy,
    overdueAcknowledgement,
    assignees,
    priority,
    labels,
    withheld: false,
  };
}

export const CASES_PAGE_SIZE = 25;

export interface CaseFilters {
  status: HotlineStatus | null;
  category: HotlineCategory | null;
  channel: HotlineChannel | null;
  priority: HotlinePriority | null;
  /** Cases carrying every one of these labels. */
  labels: string[];
  overdueOnly: boolean;
  assignedToMe: boolean;
  /** A case number or part of it, e.g. "HL-2026-0007" or "7". */
  search: string;
}

export function emptyFilters(): CaseFilters {
  return {
    status: null,
    category: null,
    channel: null,
    priority: null,
    labels: [],
    overdueOnly: false,
    assignedToMe: false,
    search: '',
  };
}

/** Newest first, as the server orders the queue when it is not asked otherwise. */
export const DEFAULT_CASE_SORT: HotlineCaseSort = { field: 'received', direction: 'desc' };

export function isCaseSortField(field: string): field is HotlineCaseSortField {
  return ['received', 'number', 'urgency', 'deadline', 'status', 'category', 'priority'].includes(field);
}

/**
 * The case queue: compliance heads see every case of the organisation (those that name a
 * compliance head only as withheld rows), investigators the ones assigned to them, the alternate
 * handler those that name a compliance head (the server decides). Filtered, sorted and paged on the server.
 */
export const useHotlineCasesStore = defineStore('hotline-cases', () => {
  const graphql = useGraphql();
  const filters = reactive<CaseFilters>(emptyFilters());
  const sort = ref<HotlineCaseSort>({ ...DEFAULT_CASE_SORT });
  const page = ref(0);
  const total = ref(0);
  const items = ref<QueueItem[]>([]);
  const { status, error, track } = useLoadState();

  const pageCount = computed(() => Math.max(1, Math.ceil(total.value / CASES_PAGE_SIZE)));
  const hasPrevious = computed(() => page.value > 0);
  const hasNext = computed(() => page.value + 1 < pageCount.value);
  const filtered = computed(
    () =>
      filters.status !== null ||
      filters.category !== null ||
      filters.channel !== null ||
      filters.priority !== null ||
      filters.labels.length > 0 ||
      filters.overdueOnly ||
      filters.assignedToMe ||
      filters.search.trim() !== '',
  );

  function toFilter(): HotlineCaseFilter {
    const search = filters.search.trim();
    return {
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.category ? { category: filters.category } : {}),
      ...(filters.channel ? { channel: filters.channel } : {}),
      ...(filters.priority ? { priority: filters.priority } : {}),
      ...(filters.labels.length > 0 ? { labels: [...filters.labels] } : {}),
      ...(filters.overdueOnly ? { overdueOnly: true } : {}),
      ...(filters.assignedToMe ? { assignedToMe: true } : {}),
      ...(search ? { search } : {}),
      ...(sort.value.field !== DEFAULT_CASE_SORT.field || sort.value.direction !== DEFAULT_CASE_SORT.direction
        ? { sort: { ...sort.value } }
        : {}),
      offset: page.value * CASES_PAGE_SIZE,
      limit: CASES_PAGE_SIZE,
    };
  }

  /** The cases ticked for a bulk action; kept across pages, cleared when the filters change. */
  const selected = ref<string[]>([]);

  function load(): Promise<void> {
    const filter = toFilter();
    return track(async () => {
      const result = (await graphql.request(ListHotlineCasesDocument, { filter })).hotlineCases;
      total.value = result.total;
      items.value = result.items.map(queueItem);
    });
  }

  function select(ids: string[]): void {
    selected.value = [...ids];
  }

  /** Changes filters and starts again from the first page. */
  function applyFilters(patch: Partial<CaseFilters>): Promise<void> {
    Object.assign(filters, patch);
    selected.value = [];
    page.value = 0;
    return load();
  }

  function clearFilters(): Promise<void> {
    return applyFilters(emptyFilters());
  }

  /** Orders the queue anew, from the first page. */
  function sortBy(next: HotlineCaseSort): Promise<void> {
    sort.value = { ...next };
    page.value = 0;
    return load();
  }

  function goToPage(next: number): Promise<void> {
    page.value = Math.min(Math.max(0, next), pageCount.value - 1);
    return load();
  }

  return {
    filters,
    sort,
    page,
    total,
    items,
    pageCount,
    hasPrevious,
    hasNext,
    filtered,
    selected,
    select,
    status,
    error,
    load,
    applyFilters,
    clearFilters,
    sortBy,
    goToPage,
  };
});
