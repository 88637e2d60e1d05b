import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListHotlineCaseLinksDocument,
  OpenRetaliationComplaintDocument,
  type CallerReportInput,
  type ListHotlineCaseLinksQuery,
  type OpenRetaliationComplaintMutation,
} from '../graphql/generated/graphql';

export type CaseLinks = ListHotlineCaseLinksQuery['hotlineCaseLinks'];
export type ComplaintReceipt = OpenRetaliationComplaintMutation['openRetaliationComplaint'];

/** ISO 37002 §8.4: the complaints of retaliation opened from a case, and the case a complaint follows from. */
export const useCaseLinksStore = defineStore('hotline-case-links', () => {
  const graphql = useGraphql();
  const caseId = ref<string | null>(null);
  const links = ref<CaseLinks | null>(null);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    if (caseId.value !== id) links.value = null;
    caseId.value = id;
    return track(async () => {
      links.value = (await graphql.request(ListHotlineCaseLinksDocument, { caseId: id })).hotlineCaseLinks;
    });
  }

  /** Opens the complaint as a new case; its receipt is for the complainant, shown once. */
  async function openComplaint(id: string, input: CallerReportInput): Promise<ComplaintReceipt> {
    const receipt = (await graphql.request(OpenRetaliationComplaintDocument, { caseId: id, input }))
      .openRetaliationComplaint;
    await load(id);
    return receipt;
  }

  return { caseId, links, status, error, load, openComplaint };
});
