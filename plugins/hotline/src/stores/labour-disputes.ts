import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListLabourDisputesDocument,
  OpenLabourDisputeDocument,
  RecordDisputeDecisionDocument,
  RecordProtocolForwardedDocument,
  type DisputeDecisionInput,
  type LabourDisputeFieldsFragment,
  type LabourDisputeInput,
} from '../graphql/generated/graphql';

export type LabourDispute = LabourDisputeFieldsFragment;

/**
 * Labour disputes of protected people (§40.4): the collegial body decides within 30 calendar days
 * of the application and forwards its protocol within 3 working days of the decision. The due
 * dates and overdue flags are the server's (the holiday calendar is there).
 */
export const useLabourDisputesStore = defineStore('hotline-labour-disputes', () => {
  const graphql = useGraphql();
  const disputes = ref<LabourDispute[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      disputes.value = (await graphql.request(ListLabourDisputesDocument)).labourDisputes;
    });
  }

  function put(dispute: LabourDispute): void {
    const known = disputes.value.some((existing) => existing.id === dispute.id);
    disputes.value = known
      ? disputes.value.map((existing) => (existing.id === dispute.id ? dispute : existing))
      : [dispute, ...disputes.value];
  }

  async function open(input: LabourDisputeInput): Promise<void> {
    put((await graphql.request(OpenLabourDisputeDocument, { input })).openLabourDispute);
  }

  async function recordDecision(id: string, input: DisputeDecisionInput): Promise<void> {
    put(
      (
        await graphql.request(RecordDisputeDecisionDocument, {
          id,
          input: { ...input, decision: input.decision.trim() },
        })
      ).recordDisputeDecision,
    );
  }

  async function recordProtocolForwarded(id: string, forwardedOn: string): Promise<void> {
    put(
      (await graphql.request(RecordProtocolForwardedDocument, { id, forwardedOn })).recordProtocolForwarded,
    );
  }

  return { disputes, status, error, load, open, recordDecision, recordProtocolForwarded };
});
