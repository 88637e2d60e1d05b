import { defineStore } from 'pinia';
import { useGraphql } from '@adal/sdk';
import {
  AddHotlineRecommendationDocument,
  CompleteHotlineRecommendationDocument,
  RecordHotlineFindingsDocument,
  type FindingsInput,
  type RecommendationInput,
} from '../graphql/generated/graphql';
import { useHotlineCaseStore } from './hotline-case';

/**
 * The result of the check: findings with their outcome, and recommendations with owners and due
 * dates, monitored until done (§69), also after the case is closed.
 */
export const useCaseFindingsStore = defineStore('hotline-case-findings', () => {
  const graphql = useGraphql();
  const cases = useHotlineCaseStore();

  async function recordFindings(input: FindingsInput): Promise<void> {
    cases.replace(
      (
        await graphql.request(RecordHotlineFindingsDocument, {
          id: cases.currentId(),
          input: { ...input, findings: input.findings.trim() },
        })
      ).recordHotlineFindings,
    );
  }

  async function addRecommendation(input: RecommendationInput): Promise<void> {
    cases.replace(
      (
        await graphql.request(AddHotlineRecommendationDocument, {
          id: cases.currentId(),
          input: { ...input, text: input.text.trim() },
        })
      ).addHotlineRecommendation,
    );
  }

  /** Marks a recommendation done; the case shown takes the answer in place. */
  async function completeRecommendation(id: string, note: string): Promise<void> {
    const done = (
      await graphql.request(CompleteHotlineRecommendationDocument, { id, note: note.trim() || null })
    ).completeHotlineRecommendation;
    const current = cases.hotlineCase;
    if (current?.id === done.caseId) {
      cases.replace({
        ...current,
        recommendations: current.recommendations.map((item) => (item.id === done.id ? done : item)),
      });
    }
  }

  return { recordFindings, addRecommendation, completeRecommendation };
});
