import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql } from '@adal/sdk';
import {
  DecideIdentityDisclosureDocument,
  HotlineNonDisclosureUndertakingDocument,
  SignHotlineNonDisclosureUndertakingDocument,
  type NonDisclosureUndertakingFieldsFragment,
  RequestIdentityDisclosureDocument,
  RevealHotlineReporterIdentityDocument,
  type DisclosureRequestInput,
  type RevealHotlineReporterIdentityMutation,
} from '../graphql/generated/graphql';
import { useHotlineCaseStore } from './hotline-case';

export type ReporterIdentity = NonNullable<
  RevealHotlineReporterIdentityMutation['revealHotlineReporterIdentity']
>;
export type NonDisclosureUndertaking = NonDisclosureUndertakingFieldsFragment;

/** The server's refusal of a reader who has not signed the undertaking in force (§40.6, §41.3). */
export const UNDERTAKING_REQUIRED = 'hotline.undertaking.required';

/**
 * An open reporter's name and contact (§40.6: full confidentiality). Only the assigned
 * investigators read it, or someone whose disclosure the compliance head approved; every read
 * is a mutation so the server records it on the audit trail. The identity is held for the case
 * it belongs to and dropped when another case opens.
 */
export const useReporterIdentityStore = defineStore('hotline-reporter-identity', () => {
  const graphql = useGraphql();
  const cases = useHotlineCaseStore();
  const revealed = shallowRef<{ caseId: string; identity: ReporterIdentity | null } | null>(null);
  /** The undertaking to sign, loaded when the server refused a reading for want of a signature. */
  const undertaking = shallowRef<NonDisclosureUndertaking | null>(null);

  /** The identity revealed for `caseId`; undefined when not revealed, null when the reporter is anonymous. */
  function identityFor(caseId: string): ReporterIdentity | null | undefined {
    return revealed.value?.caseId === caseId ? revealed.value.identity : undefined;
  }

  async function reveal(): Promise<void> {
    const caseId = cases.currentId();
    const identity = (await graphql.request(RevealHotlineReporterIdentityDocument, { id: caseId }))
      .revealHotlineReporterIdentity;
    revealed.value = { caseId, identity };
  }

  function forget(): void {
    revealed.value = null;
  }

  async function loadUndertaking(): Promise<void> {
    undertaking.value = (
      await graphql.request(HotlineNonDisclosureUndertakingDocument, {})
    ).hotlineNonDisclosureUndertaking;
  }

  /** Signs the text shown (its version), then reads the identity it was needed for. */
  async function signUndertakingAndReveal(): Promise<void> {
    const shown = undertaking.value;
    if (!shown) return;
    undertaking.value = (
      await graphql.request(SignHotlineNonDisclosureUndertakingDocument, { version: shown.version })
    ).signHotlineNonDisclosureUndertaking;
    await reveal();
    undertaking.value = null;
  }

  function closeUndertaking(): void {
    undertaking.value = null;
  }

  async function requestDisclosure(input: DisclosureRequestInput): Promise<void> {
    cases.replace(
      (
        await graphql.request(RequestIdentityDisclosureDocument, {
          id: cases.currentId(),
          input: { ...input, reason: input.reason.trim() },
        })
      ).requestIdentityDisclosure,
    );
  }

  /** The compliance head's decision on a request; the case shown takes it in place. */
  async function decide(disclosureId: string, approved: boolean): Promise<void> {
    const decided = (await graphql.request(DecideIdentityDisclosureDocument, { id: disclosureId, approved }))
      .decideIdentityDisclosure;
    const current = cases.hotlineCase;
    if (current) {
      cases.replace({
        ...current,
        disclosures: current.disclosures.map((item) => (item.id === decided.id ? decided : item)),
      });
    }
  }

  return {
    revealed,
    undertaking,
    identityFor,
    reveal,
    forget,
    loadUndertaking,
    signUndertakingAndReveal,
    closeUndertaking,
    requestDisclosure,
    decide,
  };
});
