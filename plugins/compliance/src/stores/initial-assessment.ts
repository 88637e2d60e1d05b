import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CompleteInitialAssessmentDocument,
  InitialAssessmentDocument,
  RiskFromAssessmentFindingDocument,
  SaveAssessmentAnswerDocument,
  StartInitialAssessmentDocument,
  type AssessmentAnswerInput,
  type AssessmentFindingRiskInput,
  type InitialAssessmentQuery,
} from '../graphql/generated/graphql';

export type InitialAssessment = NonNullable<InitialAssessmentQuery['initialAssessment']>;
export type AssessmentAnswer = InitialAssessment['answers'][number];

/** The year's initial internal assessment (§64); read again after each change. */
export const useInitialAssessmentStore = defineStore('compliance-initial-assessment', () => {
  const graphql = useGraphql();
  const year = ref<number | null>(null);
  const assessment = ref<InitialAssessment | null>(null);
  const { status, error, track } = useLoadState();

  async function fetch(which: number): Promise<void> {
    const answer = await graphql.request(InitialAssessmentDocument, { year: which });
    if (year.value === which) assessment.value = answer.initialAssessment ?? null;
  }

  function load(which: number): Promise<void> {
    if (year.value !== which) assessment.value = null;
    year.value = which;
    return track(() => fetch(which));
  }

  async function refresh(): Promise<void> {
    if (year.value !== null) await fetch(year.value);
  }

  async function start(): Promise<void> {
    if (year.value === null) throw new Error('No year is chosen');
    await graphql.request(StartInitialAssessmentDocument, { year: year.value });
    await refresh();
  }

  async function save(input: Omit<AssessmentAnswerInput, 'assessmentId'>): Promise<void> {
    if (!assessment.value) throw new Error('No assessment is loaded');
    await graphql.request(SaveAssessmentAnswerDocument, {
      input: { ...input, assessmentId: assessment.value.id },
    });
    await refresh();
  }

  async function complete(): Promise<void> {
    if (!assessment.value) throw new Error('No assessment is loaded');
    await graphql.request(CompleteInitialAssessmentDocument, { id: assessment.value.id });
    await refresh();
  }

  /** §64: a finding becomes a risk of the register, from the internal analysis. */
  async function toRisk(input: AssessmentFindingRiskInput): Promise<void> {
    await graphql.request(RiskFromAssessmentFindingDocument, { input });
    await refresh();
  }

  return { year, assessment, status, error, load, start, save, complete, toRisk };
});
