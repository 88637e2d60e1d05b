import {
  GROUP_RESULTS,
  SURVEY_RESULT_READERS,
  cultureSurveyParticipation,
  cultureSurveyResults,
  type FreeTextAnswers,
  type ParticipationFigures,
  type QuestionResult,
  type SurveyParticipation,
  type SurveyResults,
  type UnitParticipation,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { CultureSurveyRef, SurveyQuestionRef } from './survey.js';

const GroupResultsEnum = builder.enumType('CultureSurveyGroupResults', {
  description:
    'shown; too_few (under 5 answers); remainder_too_few (a wider group would keep 1 to 4 answers beside it).',
  values: GROUP_RESULTS,
});

const FiguresRef = builder.objectRef<ParticipationFigures>('CultureSurveyParticipationFigures');

builder.objectType(FiguresRef, {
  description: 'How many were asked and answered; all null (withheld) for a unit where 1 to 4 were asked.',
  fields: (t) => ({
    asked: t.exposeInt('asked', { nullable: true }),
    answered: t.exposeInt('answered', { nullable: true }),
    share: t.exposeFloat('share', { nullable: true, description: 'Percent, one decimal.' }),
    withheld: t.exposeBoolean('withheld'),
    results: t.field({ type: GroupResultsEnum, resolve: (f) => f.results }),
  }),
});

const UnitParticipationRef = builder.objectRef<UnitParticipation>('CultureSurveyUnitParticipation');

builder.objectType(UnitParticipationRef, {
  description: 'One unit right under the unit asked for, counting its whole subtree.',
  fields: (t) => ({
    id: t.id({ resolve: (u) => u.orgUnitId }),
    orgUnitId: t.exposeID('orgUnitId'),
    names: t.field({ type: LocalizedTextRef, resolve: (u) => u.names }),
    hasChildren: t.exposeBoolean('hasChildren'),
    figures: t.field({ type: FiguresRef, resolve: (u) => u }),
  }),
});

const ParticipationRef = builder.objectRef<SurveyParticipation>('CultureSurveyParticipation');

builder.objectType(ParticipationRef, {
  description: '§68: how many were asked and answered, by unit — never who.',
  fields: (t) => ({
    id: t.id({ resolve: (p) => `${p.surveyId}:${p.orgUnitId ?? ''}` }),
    orgUnitId: t.exposeID('orgUnitId', {
      nullable: true,
      description: 'The unit drilled into; null: the whole survey.',
    }),
    names: t.field({ type: LocalizedTextRef, nullable: true, resolve: (p) => p.names }),
    totals: t.field({ type: FiguresRef, resolve: (p) => p.totals }),
    units: t.field({ type: [UnitParticipationRef], resolve: (p) => p.units }),
  }),
});

builder.objectField(CultureSurveyRef, 'participation', (t) =>
  t.field({
    type: ParticipationRef,
    nullable: true,
    description:
      'To those who read results: participation for the survey or one unit, with the units under it.',
    args: { orgUnitId: t.arg.id() },
    resolve: (view, { orgUnitId }, context) =>
      context.actor
        ? cultureSurveyParticipation(context.em, context.actor, view, orgUnitId ? String(orgUnitId) : null)
        : null,
  }),
);

const QuestionResultRef = builder.objectRef<QuestionResult>('CultureSurveyQuestionResult');

builder.objectType(QuestionResultRef, {
  fields: (t) => ({
    id: t.id({ resolve: (r) => r.question.id }),
    question: t.field({ type: SurveyQuestionRef, resolve: (r) => r.question }),
    answered: t.exposeInt('answered'),
    withheld: t.exposeBoolean('withheld', { description: 'Fewer than 5 answered it in the group.' }),
    average: t.exposeFloat('average', { nullable: true }),
    distribution: t.exposeIntList('distribution', {
      nullable: true,
      description: 'How many chose 1, 2, 3, 4 and 5.',
    }),
  }),
});

const FreeTextsRef = builder.objectRef<FreeTextAnswers>('CultureSurveyFreeTexts');

builder.objectType(FreeTextsRef, {
  fields: (t) => ({
    id: t.id({ resolve: (f) => f.question.id }),
    question: t.field({ type: SurveyQuestionRef, resolve: (f) => f.question }),
    texts: t.exposeStringList('texts', { description: 'In random order.' }),
  }),
});

const ResultsRef = builder.objectRef<SurveyResults>('CultureSurveyResults');

builder.objectType(ResultsRef, {
  fields: (t) => ({
    id: t.id({ resolve: (r) => `${r.survey.id}:${r.orgUnitId ?? ''}` }),
    surveyId: t.id({ resolve: (r) => r.survey.id }),
    orgUnitId: t.exposeID('orgUnitId', { nullable: true }),
    names: t.field({ type: LocalizedTextRef, nullable: true, resolve: (r) => r.names }),
    responses: t.exposeInt('responses'),
    questions: t.field({ type: [QuestionResultRef], resolve: (r) => r.questions }),
    freeTexts: t.field({
      type: [FreeTextsRef],
      nullable: true,
      description: 'To the compliance staff, for the whole survey only; null to anyone else.',
      resolve: (r) => r.freeTexts,
    }),
  }),
});

builder.queryField('cultureSurveyResults', (t) =>
  t.withAuth({ anyRole: SURVEY_RESULT_READERS }).field({
    type: ResultsRef,
    description:
      '§68: results for the survey or one unit subtree, once it takes no more answers (CONFLICT before). A group ' +
      'under 5 answers, or one that would leave 1 to 4 in a wider group, is refused (VALIDATION).',
    args: { id: t.arg.id({ required: true }), orgUnitId: t.arg.id() },
    resolve: (_root, { id, orgUnitId }, context) =>
      cultureSurveyResults(context.em, context.actor, String(id), orgUnitId ? String(orgUnitId) : null),
  }),
);
