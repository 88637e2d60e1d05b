import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AnswerCultureSurveyDocument,
  CultureSurveyDocument,
  CultureSurveyParticipationDocument,
  CultureSurveyResultsDocument,
  RemindCultureSurveyDocument,
  type CultureSurveyAnswerInput,
  type CultureSurveyParticipationQuery,
  type CultureSurveyResultsQuery,
} from '../graphql/generated/graphql';
import type { CultureSurvey } from './culture-surveys';

export type SurveyParticipation = NonNullable<
  CultureSurveyParticipationQuery['cultureSurvey']['participation']
>;
export type UnitParticipation = SurveyParticipation['units'][number];
export type SurveyResults = CultureSurveyResultsQuery['cultureSurveyResults'];

/** A unit on the way down from the whole survey. */
export interface UnitStep {
  orgUnitId: string;
  names: { kk: string; ru: string; en: string };
}

/**
 * §68: one survey as the viewer sees it: to answer it, and for those who read results its
 * participation by unit (drilled down one level at a time) and the results of the group drilled
 * into — asked for only when the server says the group may be shown.
 */
export const useCultureSurveyStore = defineStore('culture-survey', () => {
  const graphql = useGraphql();
  const survey = ref<CultureSurvey | null>(null);
  const surveyState = useLoadState();
  const trail = ref<UnitStep[]>([]);
  const participation = ref<SurveyParticipation | null>(null);
  const participationState = useLoadState();
  const results = ref<SurveyResults | null>(null);
  const resultsState = useLoadState();

  const unitId = () => trail.value.at(-1)?.orgUnitId ?? null;

  function loadResults(): Promise<void> {
    const current = survey.value;
    const shown = participation.value?.totals.results === 'shown';
    if (!current || !shown || !['ended', 'closed'].includes(current.phase)) {
      results.value = null;
      return Promise.resolve();
    }
    return resultsState.track(async () => {
      results.value = (
        await graphql.request(CultureSurveyResultsDocument, { id: current.id, orgUnitId: unitId() })
      ).cultureSurveyResults;
    });
  }

  function loadParticipation(): Promise<void> {
    const current = survey.value;
    if (!current?.readsResults) return Promise.resolve();
    return participationState.track(async () => {
      participation.value = (
        await graphql.request(CultureSurveyParticipationDocument, { id: current.id, orgUnitId: unitId() })
      ).cultureSurvey.participation;
      await loadResults();
    });
  }

  function load(id: string): Promise<void> {
    return surveyState.track(async () => {
      survey.value = (await graphql.request(CultureSurveyDocument, { id })).cultureSurvey;
      await loadParticipation();
    });
  }

  function open(id: string): Promise<void> {
    survey.value = null;
    trail.value = [];
    participation.value = null;
    results.value = null;
    return load(id);
  }

  function drillInto(unit: UnitParticipation): Promise<void> {
    trail.value = [...trail.value, { orgUnitId: unit.orgUnitId, names: unit.names }];
    return loadParticipation();
  }

  /** Back to a step of the trail (-1: the whole survey). */
  function goUp(index: number): Promise<void> {
    trail.value = trail.value.slice(0, index + 1);
    return loadParticipation();
  }

  async function answer(answers: CultureSurveyAnswerInput[]): Promise<void> {
    const id = survey.value?.id;
    if (!id) return;
    survey.value = (await graphql.request(AnswerCultureSurveyDocument, { id, answers })).answerCultureSurvey;
    await loadParticipation();
  }

  async function remind(): Promise<number> {
    const id = survey.value?.id;
    if (!id) return 0;
    return (await graphql.request(RemindCultureSurveyDocument, { id })).remindCultureSurvey;
  }

  return {
    survey,
    status: surveyState.status,
    error: surveyState.error,
    trail,
    participation,
    participationStatus: participationState.status,
    participationError: participationState.error,
    results,
    resultsStatus: resultsState.status,
    resultsError: resultsState.error,
    open,
    load,
    drillInto,
    goUp,
    answer,
    remind,
  };
});
