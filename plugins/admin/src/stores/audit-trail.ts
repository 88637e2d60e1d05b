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

/** The trail as the viewer may read it, narrowed by the filter, with the chain's verification. */
export const useAuditTrailStore = defineStore('admin-audit-trail', () => {
  const graphql = useGraphql();
  const events = ref<AuditTrailEvent[]>([]);
  const hasMore = ref(false);
  const filter = ref<AuditTrailFilter>({});
  const trail = useLoadState();
  const more = useLoadState();
  const chain = ref<AuditChainCheck | null>(null);
  const chainState = useLoadState();
  const facets = ref<AuditTrailFacets | null>(null);
  const facetsState = useLoadState();

  async function page(after: string | null): Promise<AuditTrailEvent[]> {
    const { auditEvents } = await graphql.request(AuditTrailDocument, {
      limit: AUDIT_PAGE_SIZE,
      after,
      filter: filter.value,
    });
    hasMore.value = auditEvents.length === AUDIT_PAGE_SIZE;
    return auditEvents;
  }

  function search(next: AuditTrailFilter): Promise<void> {
    filter.value = next;
    return trail.track(async () => {
      events.value = await page(null);
    });
  }

  function loadMore(): Promise<void> {
    return more.track(async () => {
      events.value = [...events.value, ...(await page(events.value.at(-1)?.id ?? null))];
    });
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
    hasMore,
    filter,
    status: trail.status,
    error: trail.error,
    moreStatus: more.status,
    moreError: more.error,
    chain,
    chainStatus: chainState.status,
    chainError: chainState.error,
    facets,
    facetsStatus: facetsState.status,
    search,
    loadMore,
    verify,
    loadFacets,
  };
});
