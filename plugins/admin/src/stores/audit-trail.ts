import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AuditChainCheckDocument,
  AuditTrailDocument,
  AuditTrailFacetsDocument,
  type AuditChainCheckQuery,
  type AuditTrailFacetsQuery,
  type AuditTrailFilter,
  type AuditTrailQuery,
} from '../graphql/generated/graphql';

export type AuditTrailEvent = AuditTrailQuery['auditEvents'][number];
export type AuditChainCheck = AuditChainCheckQuery['auditChainStatus'];
export type AuditTrailFacets = AuditTrailFacetsQuery['auditTrailFacets'];

/** Events per page: the trail pages on from the last event seen (`after`), never by position. */
export const AUDIT_PAGE_SIZE = 50;

/** The trail as the viewer may read it, narrowed by the filter, a page at a time, with the chain's verification. */
export const useAuditTrailStore = defineStore('admin-audit-trail', () => {
  const graphql = useGraphql();
  const events = ref<AuditTrailEvent[]>([]);
  const filter = ref<AuditTrailFilter>({});
  const oldestFirst = ref(false);
  /** Zero-based; the trail has no total, only whether another page follows. */
  const page = ref(0);
  const hasNext = ref(false);
  const trail = useLoadState();
  const chain = ref<AuditChainCheck | null>(null);
  const chainState = useLoadState();
  const facets = ref<AuditTrailFacets | null>(null);
  const facetsState = useLoadState();
  /** Where each page seen so far starts (`after`): the way back, since the server pages only on. */
  let starts: (string | null)[] = [null];
  let wanted = 0;

  function read(at: number): Promise<void> {
    wanted = at;
    return trail.track(async () => {
      const { auditEvents } = await graphql.request(AuditTrailDocument, {
        // One more than a page says whether another follows.
        limit: AUDIT_PAGE_SIZE + 1,
        after: starts[at] ?? null,
        filter: filter.value,
        oldestFirst: oldestFirst.value,
      });
      if (wanted !== at) return;
      events.value = auditEvents.slice(0, AUDIT_PAGE_SIZE);
      hasNext.value = auditEvents.length > AUDIT_PAGE_SIZE;
      page.value = at;
      starts = starts.slice(0, at + 1);
      const last = events.value.at(-1);
      if (hasNext.value && last) starts.push(last.id);
    });
  }

  function search(next: AuditTrailFilter): Promise<void> {
    filter.value = next;
    starts = [null];
    return read(0);
  }

  function order(fromStart: boolean): Promise<void> {
    oldestFirst.value = fromStart;
    starts = [null];
    return read(0);
  }

  /** A page next to one seen: the following one, or any before it. */
  async function goTo(next: number): Promise<void> {
    if (next >= 0 && next < starts.length) await read(next);
  }

  function retry(): Promise<void> {
    return read(wanted);
  }

  function verify(): Promise<void> {
    return chainState.track(async () => {
      chain.value = (await graphql.request(AuditChainCheckDocument)).auditChainStatus;
    });
  }

  function loadFacets(): Promise<void> {
    return facetsState.track(async () => {
      facets.value = (await graphql.request(AuditTrailFacetsDocument)).auditTrailFacets;
    });
  }

  return {
    events,
    filter,
    oldestFirst,
    page,
    hasNext,
    status: trail.status,
    error: trail.error,
    chain,
    chainStatus: chainState.status,
    chainError: chainState.error,
    facets,
    facetsStatus: facetsState.status,
    search,
    order,
    goTo,
    retry,
    verify,
    loadFacets,
  };
});
