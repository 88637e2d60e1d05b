import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CloseCultureSurveyDocument,
  CultureSurveyTemplateDocument,
  CultureSurveysDocument,
  OpenCultureSurveyDocument,
  SaveCultureSurveyDocument,
  type CultureSurveyFieldsFragment,
  type CultureSurveyTemplateQuery,
  type SaveCultureSurveyInput,
} from '../graphql/generated/graphql';

export type CultureSurvey = CultureSurveyFieldsFragment;
export type SurveyTemplate = CultureSurveyTemplateQuery['cultureSurveyTemplate'];

/** §68: the organisation's surveys, for the compliance staff who run them and those who read results. */
export const useCultureSurveysStore = defineStore('culture-surveys', () => {
  const graphql = useGraphql();
  const surveys = ref<CultureSurvey[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      surveys.value = (await graphql.request(CultureSurveysDocument)).cultureSurveys;
    });
  }

  async function template(): Promise<SurveyTemplate> {
    return (await graphql.request(CultureSurveyTemplateDocument)).cultureSurveyTemplate;
  }

  /** Puts the survey in place in the list, or first when it is new. */
  function keep(survey: CultureSurvey): CultureSurvey {
    const at = surveys.value.findIndex((s) => s.id === survey.id);
    surveys.value =
      at < 0 ? [survey, ...surveys.value] : surveys.value.map((s) => (s.id === survey.id ? survey : s));
    return survey;
  }

  async function save(input: SaveCultureSurveyInput): Promise<CultureSurvey> {
    return keep((await graphql.request(SaveCultureSurveyDocument, { input })).saveCultureSurvey);
  }

  async function open(id: string): Promise<CultureSurvey> {
    return keep((await graphql.request(OpenCultureSurveyDocument, { id })).openCultureSurvey);
  }

  async function close(id: string): Promise<CultureSurvey> {
    return keep((await graphql.request(CloseCultureSurveyDocument, { id })).closeCultureSurvey);
  }

  return { surveys, status, error, load, template, save, open, close };
});
