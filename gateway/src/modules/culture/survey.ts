import {
  SURVEY_AUDIENCES,
  SURVEY_PHASES,
  SURVEY_QUESTION_KINDS,
  SURVEY_RESULT_READERS,
  SURVEY_RUNNERS,
  SURVEY_STATUSES,
  answerCultureSurvey,
  closeCultureSurvey,
  cultureSurveyTemplate,
  getCultureSurvey,
  kazakhstanDay,
  listCultureSurveys,
  myCultureSurveys,
  openCultureSurvey,
  remindCultureSurvey,
  saveCultureSurvey,
  surveyReminderMail,
  type CultureSurveyView,
  type NamedUnit,
  type SurveyQuestion,
  type SurveyTemplate,
  type TemplateQuestion,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { LocalizedTextInput, toLocalizedInput } from '../training/localized-input.js';

export const SurveyQuestionKindEnum = builder.enumType('CultureSurveyQuestionKind', {
  description:
    'A statement answered on a scale of 1 (strongly disagree) to 5 (strongly agree), or a free text.',
  values: SURVEY_QUESTION_KINDS,
});

const SurveyStatusEnum = builder.enumType('CultureSurveyStatus', { values: SURVEY_STATUSES });

const SurveyPhaseEnum = builder.enumType('CultureSurveyPhase', {
  description:
    'draft; upcoming (opened, before its opening day); open (takes answers); ended (past its closing day); closed.',
  values: SURVEY_PHASES,
});

const SurveyAudienceEnum = builder.enumType('CultureSurveyAudience', {
  description: 'Everyone on the staff, or the people of some units’ subtrees.',
  values: SURVEY_AUDIENCES,
});

export const SurveyQuestionRef = builder.objectRef<SurveyQuestion>('CultureSurveyQuestion');

builder.objectType(SurveyQuestionRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: SurveyQuestionKindEnum, resolve: (q) => q.kind }),
    statement: t.field({ type: LocalizedTextRef, resolve: (q) => q.statement }),
    required: t.exposeBoolean('required'),
  }),
});

const NamedUnitRef = builder.objectRef<NamedUnit>('CultureSurveyUnit');

builder.objectType(NamedUnitRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    names: t.field({ type: LocalizedTextRef, resolve: (u) => u.names }),
  }),
});

export const CultureSurveyRef = builder.objectRef<CultureSurveyView>('CultureSurvey');

builder.objectType(CultureSurveyRef, {
  description:
    '§68: the yearly survey of employees. Answers are anonymous: of a person only "has answered" is kept.',
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.survey.id }),
    title: t.field({ type: LocalizedTextRef, resolve: (v) => v.survey.title }),
    intro: t.field({ type: LocalizedTextRef, resolve: (v) => v.survey.intro }),
    questions: t.field({ type: [SurveyQuestionRef], resolve: (v) => v.survey.questions }),
    audience: t.field({ type: SurveyAudienceEnum, resolve: (v) => v.survey.audience }),
    audienceUnits: t.field({ type: [NamedUnitRef], resolve: (v) => v.audienceUnits }),
    opensOn: t.string({ description: 'YYYY-MM-DD', resolve: (v) => v.survey.opensOn }),
    closesOn: t.string({ description: 'YYYY-MM-DD', resolve: (v) => v.survey.closesOn }),
    status: t.field({ type: SurveyStatusEnum, resolve: (v) => v.survey.status }),
    phase: t.field({ type: SurveyPhaseEnum, resolve: (v) => v.phase }),
    asked: t.exposeBoolean('asked', { description: 'Whether the viewer is of its audience.' }),
    answered: t.exposeBoolean('answered', { description: 'Whether the viewer has answered it.' }),
    readsResults: t.exposeBoolean('readsResults', {
      description: 'Whether the viewer follows its participation and reads its results.',
    }),
    askedCount: t.int({
      nullable: true,
      description: 'To those who read results: how many were asked.',
      resolve: (v) => v.counts?.asked ?? null,
    }),
    answeredCount: t.int({
      nullable: true,
      description: 'To those who read results: how many answered.',
      resolve: (v) => v.counts?.answered ?? null,
    }),
    createdAt: t.field({ type: DateTimeScalar, resolve: (v) => v.survey.createdAt }),
    openedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (v) => v.survey.openedAt ?? null }),
    closedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (v) => v.survey.closedAt ?? null }),
  }),
});

const TemplateQuestionRef = builder.objectRef<TemplateQuestion>('CultureSurveyTemplateQuestion');

builder.objectType(TemplateQuestionRef, {
  fields: (t) => ({
    kind: t.field({ type: SurveyQuestionKindEnum, resolve: (q) => q.kind }),
    statement: t.field({ type: LocalizedTextRef, resolve: (q) => q.statement }),
    required: t.exposeBoolean('required'),
  }),
});

const TemplateRef = builder.objectRef<SurveyTemplate>('CultureSurveyTemplate');

builder.objectType(TemplateRef, {
  description: '§68: the questionnaire a new survey starts from, to edit with the HR function.',
  fields: (t) => ({
    title: t.field({ type: LocalizedTextRef, resolve: (s) => s.title }),
    intro: t.field({ type: LocalizedTextRef, resolve: (s) => s.intro }),
    questions: t.field({ type: [TemplateQuestionRef], resolve: (s) => s.questions }),
  }),
});

builder.queryField('cultureSurveyTemplate', (t) =>
  t.withAuth({ anyRole: SURVEY_RUNNERS }).field({
    type: TemplateRef,
    description: '§68: the default questionnaire (this year’s title), in kk, ru and en.',
    resolve: () => cultureSurveyTemplate(Number(kazakhstanDay(new Date()).slice(0, 4))),
  }),
);

builder.queryField('cultureSurveys', (t) =>
  t.withAuth({ anyRole: SURVEY_RESULT_READERS }).field({
    type: [CultureSurveyRef],
    description: "The organisation's surveys, newest first; drafts to the compliance staff only.",
    resolve: (_root, _args, context) => listCultureSurveys(context.em, context.actor),
  }),
);

builder.queryField('cultureSurvey', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CultureSurveyRef,
    description:
      'One survey: to its audience, the questions and whether they answered; to those who read results, ' +
      'its participation too. NOT_FOUND to anyone else.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => getCultureSurvey(context.em, context.actor, String(id)),
  }),
);

builder.queryField('myCultureSurveys', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [CultureSurveyRef],
    description:
      'The surveys the viewer is asked to answer that are open or about to open, the nearest closing first.',
    resolve: (_root, _args, context) => myCultureSurveys(context.em, context.actor),
  }),
);

const QuestionInput = builder.inputType('CultureSurveyQuestionInput', {
  fields: (t) => ({
    id: t.id({ description: "A draft's question keeps its id; a new one is given one." }),
    kind: t.field({ type: SurveyQuestionKindEnum, required: true }),
    statement: t.field({ type: LocalizedTextInput, required: true }),
    required: t.boolean({ required: true }),
  }),
});

const SaveInput = builder.inputType('SaveCultureSurveyInput', {
  fields: (t) => ({
    id: t.id({ description: 'The draft to change; none: a new survey.' }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    intro: t.field({ type: LocalizedTextInput, required: true }),
    questions: t.field({
      type: [QuestionInput],
      required: true,
      description: 'In the order they are asked.',
    }),
    audience: t.field({ type: SurveyAudienceEnum, required: true }),
    orgUnitIds: t.idList({ description: 'For org_units: the units whose subtrees are asked.' }),
    opensOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
    closesOn: t.string({ required: true, description: 'YYYY-MM-DD, on or after opensOn.' }),
  }),
});

builder.mutationField('saveCultureSurvey', (t) =>
  t.withAuth({ anyRole: SURVEY_RUNNERS }).field({
    type: CultureSurveyRef,
    description: '§68: creates a draft, or changes one; an opened survey’s questions are frozen (CONFLICT).',
    args: { input: t.arg({ type: SaveInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional(async (em) => {
        const survey = await saveCultureSurvey(em, context.actor, {
          id: input.id ? String(input.id) : null,
          title: toLocalizedInput(input.title),
          intro: toLocalizedInput(input.intro),
          questions: input.questions.map((q) => ({
            id: q.id ? String(q.id) : null,
            kind: q.kind,
            statement: toLocalizedInput(q.statement),
            required: q.required,
          })),
          audience: input.audience,
          orgUnitIds: input.orgUnitIds?.map(String) ?? null,
          opensOn: input.opensOn,
          closesOn: input.closesOn,
        });
        return getCultureSurvey(em, context.actor, survey.id);
      }),
  }),
);

builder.mutationField('openCultureSurvey', (t) =>
  t.withAuth({ anyRole: SURVEY_RUNNERS }).field({
    type: CultureSurveyRef,
    description: '§68: opens a draft: its audience is asked and its questions are frozen.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional(async (em) => {
        const survey = await openCultureSurvey(em, context.actor, String(id));
        return getCultureSurvey(em, context.actor, survey.id);
      }),
  }),
);

builder.mutationField('closeCultureSurvey', (t) =>
  t.withAuth({ anyRole: SURVEY_RUNNERS }).field({
    type: CultureSurveyRef,
    description: 'Closes an open survey: it takes no more answers.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional(async (em) => {
        const survey = await closeCultureSurvey(em, context.actor, String(id));
        return getCultureSurvey(em, context.actor, survey.id);
      }),
  }),
);

const AnswerInput = builder.inputType('CultureSurveyAnswerInput', {
  fields: (t) => ({
    questionId: t.id({ required: true }),
    likert: t.int({ description: 'A statement: a point from 1 to 5.' }),
    text: t.string({ description: 'A free question: the text.' }),
  }),
});

builder.mutationField('answerCultureSurvey', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CultureSurveyRef,
    description:
      '§68: answers a survey once (a second answer is a CONFLICT). The answers are kept apart from the person: ' +
      'only "has answered" is kept of them.',
    args: {
      id: t.arg.id({ required: true }),
      answers: t.arg({ type: [AnswerInput], required: true }),
    },
    resolve: (_root, { id, answers }, context) =>
      context.em.transactional(async (em) => {
        await answerCultureSurvey(
          em,
          context.actor,
          String(id),
          answers.map((a) => ({
            questionId: String(a.questionId),
            likert: a.likert ?? null,
            text: a.text ?? null,
          })),
        );
        return getCultureSurvey(em, context.actor, String(id));
      }),
  }),
);

builder.mutationField('remindCultureSurvey', (t) =>
  t.withAuth({ anyRole: SURVEY_RUNNERS }).field({
    type: 'Int',
    description:
      'E-mails a reminder now to everyone asked who has not answered, except those reminded today; answers how many.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const reminders = await context.em.transactional((em) =>
        remindCultureSurvey(em, context.actor, String(id)),
      );
      // Only once the reminders are recorded (committed) do the mails leave.
      await context.mailOutbox.post(reminders.map((r) => surveyReminderMail(r, context.mailOutbox.appUrl)));
      return reminders.length;
    },
  }),
);
