import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ConcludeConflictOfInterestDocument,
  ConflictTypicalCasesDocument,
  DecideConflictOfInterestDocument,
  ForwardConflictOfInterestDocument,
  GetConflictCaseDocument,
  MyConflictNotificationsDocument,
  NotifyConflictOfInterestDocument,
  RecordConflictTransferDocument,
  type ConflictCaseFieldsFragment,
  type ConflictConclusionInput,
  type ConflictDecisionInput,
  type ConflictNotificationInput,
  type ConflictTransferInput,
  type ConflictTypicalCasesQuery,
} from '../graphql/generated/graphql';

export type ConflictCase = ConflictCaseFieldsFragment;
export type TypicalCaseTemplate = ConflictTypicalCasesQuery['conflictTypicalCases'][number];

/**
 * §15: the viewer's own notifications (My declarations) and the Annex 2 templates. Deadlines,
 * owners and the steps the viewer may take are the server's.
 */
export const useMyConflictsStore = defineStore('declarations-my-conflicts', () => {
  const graphql = useGraphql();
  const notifications = ref<ConflictCase[]>([]);
  const templates = ref<TypicalCaseTemplate[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const [mine, typical] = await Promise.all([
        graphql.request(MyConflictNotificationsDocument),
        graphql.request(ConflictTypicalCasesDocument),
      ]);
      notifications.value = mine.myConflictNotifications;
      templates.value = typical.conflictTypicalCases;
    });
  }

  async function notify(input: ConflictNotificationInput): Promise<ConflictCase> {
    const created = (await graphql.request(NotifyConflictOfInterestDocument, { input }))
      .notifyConflictOfInterest;
    notifications.value = [created, ...notifications.value];
    return created;
  }

  return { notifications, templates, status, error, load, notify };
});

/** §15.2–§15.6: one case and its steps. */
export const useConflictCaseStore = defineStore('declarations-conflict-case', () => {
  const graphql = useGraphql();
  const current = ref<ConflictCase | null>(null);
  /** Annex 2's template of the case's typical case, whose measures and referral the forms start from. */
  const template = ref<TypicalCaseTemplate | null>(null);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    return track(async () => {
      current.value = null;
      template.value = null;
      const loaded = (await graphql.request(GetConflictCaseDocument, { id })).conflictOfInterestCase;
      if (loaded.typicalCase) {
        const templates = (await graphql.request(ConflictTypicalCasesDocument)).conflictTypicalCases;
        template.value = templates.find((t) => t.code === loaded.typicalCase) ?? null;
      }
      current.value = loaded;
    });
  }

  async function forward(id: string): Promise<void> {
    current.value = (
      await graphql.request(ForwardConflictOfInterestDocument, { id })
    ).forwardConflictOfInterest;
  }

  async function conclude(id: string, input: ConflictConclusionInput): Promise<void> {
    current.value = (
      await graphql.request(ConcludeConflictOfInterestDocument, { id, input })
    ).concludeConflictOfInterest;
  }

  async function decide(id: string, input: ConflictDecisionInput): Promise<void> {
    current.value = (
      await graphql.request(DecideConflictOfInterestDocument, { id, input })
    ).decideConflictOfInterest;
  }

  async function recordTransfer(id: string, input: ConflictTransferInput): Promise<void> {
    current.value = (
      await graphql.request(RecordConflictTransferDocument, { id, input })
    ).recordConflictTransfer;
  }

  return { current, template, status, error, load, forward, conclude, decide, recordTransfer };
});
