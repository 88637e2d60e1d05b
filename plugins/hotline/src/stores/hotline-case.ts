import { ref } from 'vue';
import { defineStore } from 'pinia';
import { AdalGraphqlError, useGraphql, useLoadState } from '@adal/sdk';
import {
  AcknowledgeHotlineCaseDocument,
  AssignHotlineCaseDocument,
  CloseHotlineCaseDocument,
  GetHotlineCaseDocument,
  LinkHotlineInvolvedPersonsDocument,
  TriageHotlineCaseDocument,
  type CloseCaseInput,
  type HotlineCaseFieldsFragment,
  type TriageInput,
} from '../graphql/generated/graphql';

export type HotlineCase = HotlineCaseFieldsFragment;
export type CaseMessage = HotlineCase['messages'][number];
export type CaseNote = HotlineCase['notes'][number];
export type CaseAttachment = HotlineCase['attachments'][number];
export type CaseRecommendation = HotlineCase['recommendations'][number];
export type CaseDisclosure = HotlineCase['disclosures'][number];
export type CasePermissions = HotlineCase['viewerCan'];

/**
 * One case as its investigators and the compliance head work it. Every change comes back from
 * the server as the whole case, which replaces the one shown: deadlines, status and the
 * viewer's permissions are the server's to compute.
 */
export const useHotlineCaseStore = defineStore('hotline-case', () => {
  const graphql = useGraphql();
  const hotlineCase = ref<HotlineCase | null>(null);
  /** The number of a case the viewer's own change took out of their hands (they named themselves or a compliance head). */
  const letGo = ref<string | null>(null);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    // Another case's content never stays on screen while the next one loads.
    if (hotlineCase.value?.id !== id) hotlineCase.value = null;
    letGo.value = null;
    return track(async () => {
      hotlineCase.value = (await graphql.request(GetHotlineCaseDocument, { id })).hotlineCase;
    });
  }

  function replace(next: HotlineCase): void {
    hotlineCase.value = next;
  }

  /** The id of the case shown; actions on no case are a programming error, not a user's. */
  function currentId(): string {
    const id = hotlineCase.value?.id;
    if (!id) throw new AdalGraphqlError('NOT_FOUND', 'No case is open');
    return id;
  }

  /** §69: confirm receipt to the reporter within 24 hours; the message is optional. */
  async function acknowledge(message?: string): Promise<void> {
    const id = currentId();
    const text = message?.trim() || null;
    replace(
      (await graphql.request(AcknowledgeHotlineCaseDocument, { id, message: text })).acknowledgeHotlineCase,
    );
  }

  async function triage(input: TriageInput): Promise<void> {
    replace((await graphql.request(TriageHotlineCaseDocument, { id: currentId(), input })).triageHotlineCase);
  }

  /**
   * Names the people the report names. Naming oneself or a compliance head hands the case to the
   * alternate handler (ADR 008): the server then answers null, and the case leaves the screen.
   */
  async function linkInvolvedPersons(personIds: string[]): Promise<void> {
    const current = hotlineCase.value;
    const next = (await graphql.request(LinkHotlineInvolvedPersonsDocument, { id: currentId(), personIds }))
      .linkHotlineInvolvedPersons;
    if (next) {
      replace(next);
    } else {
      letGo.value = current?.number ?? null;
      hotlineCase.value = null;
    }
  }

  async function assign(investigatorIds: string[]): Promise<void> {
    replace(
      (await graphql.request(AssignHotlineCaseDocument, { id: currentId(), investigatorIds }))
        .assignHotlineCase,
    );
  }

  async function close(input: CloseCaseInput): Promise<void> {
    replace((await graphql.request(CloseHotlineCaseDocument, { id: currentId(), input })).closeHotlineCase);
  }

  return {
    hotlineCase,
    letGo,
    status,
    error,
    load,
    replace,
    currentId,
    acknowledge,
    triage,
    linkInvolvedPersons,
    assign,
    close,
  };
});
