import {
  HOTLINE_MANAGERS,
  HOTLINE_OPERATORS,
  INTAKE_QUESTION_KINDS,
  addIntakeQuestion,
  listIntakeQuestions,
  moveIntakeQuestion,
  publicIntakeQuestions,
  retireIntakeQuestion,
  updateIntakeQuestion,
  type IntakeAnswer,
  type IntakeQuestionInput,
  type IntakeQuestionOption,
  type IntakeQuestionView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { HotlineCategoryEnum } from './enums.js';

export const IntakeQuestionKindEnum = builder.enumType('IntakeQuestionKind', {
  description: 'What a custom question takes for an answer.',
  values: INTAKE_QUESTION_KINDS,
});

const QuestionMoveEnum = builder.enumType('IntakeQuestionMove', { values: ['up', 'down'] as const });

const IntakeQuestionOptionRef = builder.objectRef<IntakeQuestionOption>('IntakeQuestionOption');

builder.objectType(IntakeQuestionOptionRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    labels: t.field({ type: LocalizedTextRef, resolve: (o) => o.labels }),
  }),
});

const IntakeQuestionRef = builder.objectRef<IntakeQuestionView>('IntakeQuestion');

builder.objectType(IntakeQuestionRef, {
  description: "A custom question of one category's intake form, in every interface language.",
  fields: (t) => ({
    id: t.exposeID('id'),
    category: t.field({ type: HotlineCategoryEnum, resolve: (q) => q.category }),
    kind: t.field({ type: IntakeQuestionKindEnum, resolve: (q) => q.kind }),
    texts: t.field({ type: LocalizedTextRef, resolve: (q) => q.texts }),
    options: t.field({
      type: [IntakeQuestionOptionRef],
      description: 'The options of a choice question; empty otherwise.',
      resolve: (q) => q.options,
    }),
    required: t.exposeBoolean('required'),
    position: t.exposeInt('position', { description: 'The order within the category, smallest first.' }),
  }),
});

const IntakeAnswerRef = builder.objectRef<IntakeAnswer>('IntakeAnswer');

builder.objectType(IntakeAnswerRef, {
  description:
    'A custom question as the report was filed with it (later edits do not change it), and the answer: `text` ' +
    'for text and date questions (YYYY-MM-DD), `yes` for yes/no, `choices` for choice questions; all empty when ' +
    'an optional question was left unanswered.',
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    kind: t.field({ type: IntakeQuestionKindEnum, resolve: (a) => a.kind }),
    question: t.field({ type: LocalizedTextRef, resolve: (a) => a.question }),
    required: t.exposeBoolean('required'),
    text: t.exposeString('text', { nullable: true }),
    yes: t.exposeBoolean('yes', { nullable: true }),
    choices: t.field({ type: [LocalizedTextRef], resolve: (a) => a.choices }),
  }),
});

export { IntakeAnswerRef };

export const IntakeAnswerInput = builder.inputType('IntakeAnswerInput', {
  description: "An answer to one of the category's custom questions (see intakeQuestions).",
  fields: (t) => ({
    questionId: t.id({ required: true }),
    text: t.string({ description: 'Short or long text, or a date as YYYY-MM-DD.' }),
    yes: t.boolean({ description: 'A yes/no question.' }),
    optionIds: t.idList({ description: 'The options chosen.' }),
  }),
});

/** The answers as the domain takes them. */
export function answerInputs(
  answers:
    | readonly {
        questionId: string | number;
        text?: string | null;
        yes?: boolean | null;
        optionIds?: readonly (string | number)[] | null;
      }[]
    | null
    | undefined,
) {
  return (answers ?? []).map((a) => ({
    questionId: String(a.questionId),
    text: a.text ?? null,
    yes: a.yes ?? null,
    optionIds: (a.optionIds ?? []).map(String),
  }));
}

builder.queryField('intakeQuestions', (t) =>
  t.field({
    type: [IntakeQuestionRef],
    description:
      "Anonymous: the organisation's custom intake questions of every category, in order; the form shows a " +
      "category's questions once the reporter picks it.",
    args: { organizationId: t.arg.id({ required: true }) },
    // An unfiltered manager of its own: the request has no actor and no tenant.
    resolve: (_root, { organizationId }, context) =>
      publicIntakeQuestions(context.orm.em.fork(), String(organizationId)),
  }),
);

builder.queryField('hotlineIntakeQuestions', (t) =>
  t.withAuth({ anyRole: HOTLINE_OPERATORS }).field({
    type: [IntakeQuestionRef],
    description:
      "The intake form's custom questions of every category: the compliance head edits them, an operator asks " +
      'them of a caller.',
    resolve: (_root, _args, context) => listIntakeQuestions(context.em, context.actor),
  }),
);

const QuestionTextInput = builder.inputType('IntakeQuestionTextInput', {
  description:
    'A text in Kazakh, Russian and English; all three are required (VALIDATION names the missing one).',
  fields: (t) => ({ kk: t.string(), ru: t.string(), en: t.string() }),
});

const OptionInput = builder.inputType('IntakeQuestionOptionInput', {
  description: 'An option of a choice question; give its id to keep it when editing.',
  fields: (t) => ({
    id: t.id(),
    labels: t.field({ type: QuestionTextInput, required: true }),
  }),
});

const QuestionInput = builder.inputType('IntakeQuestionInput', {
  fields: (t) => ({
    category: t.field({ type: HotlineCategoryEnum, required: true }),
    kind: t.field({ type: IntakeQuestionKindEnum, required: true }),
    texts: t.field({ type: QuestionTextInput, required: true }),
    options: t.field({ type: [OptionInput], description: '2 to 20, for a choice question only.' }),
    required: t.boolean({ required: true }),
  }),
});

function questionInput(input: {
  category: IntakeQuestionInput['category'];
  kind: IntakeQuestionInput['kind'];
  texts: IntakeQuestionInput['texts'];
  options?: readonly { id?: string | number | null; labels: IntakeQuestionInput['texts'] }[] | null;
  required: boolean;
}): IntakeQuestionInput {
  return {
    category: input.category,
    kind: input.kind,
    texts: input.texts,
    options: (input.options ?? []).map((o) => ({ id: o.id == null ? null : String(o.id), labels: o.labels })),
    required: input.required,
  };
}

builder.mutationField('addHotlineIntakeQuestion', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: IntakeQuestionRef,
    description: "Adds a question at the end of its category's intake form.",
    args: { input: t.arg({ type: QuestionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) => addIntakeQuestion(em, context.actor, questionInput(input))),
  }),
);

builder.mutationField('updateHotlineIntakeQuestion', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: IntakeQuestionRef,
    description: 'Changes a question; reports filed before keep it as it read then.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: QuestionInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        updateIntakeQuestion(em, context.actor, String(id), questionInput(input)),
      ),
  }),
);

builder.mutationField('moveHotlineIntakeQuestion', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: [IntakeQuestionRef],
    description:
      "Moves a question one place up or down its category's form; answers every question in order.",
    args: {
      id: t.arg.id({ required: true }),
      direction: t.arg({ type: QuestionMoveEnum, required: true }),
    },
    resolve: (_root, { id, direction }, context) =>
      context.em.transactional((em) => moveIntakeQuestion(em, context.actor, String(id), direction)),
  }),
);

builder.mutationField('retireHotlineIntakeQuestion', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: [IntakeQuestionRef],
    description:
      'Takes a question off the form; the reports that answered it keep it. Answers the questions left.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => retireIntakeQuestion(em, context.actor, String(id))),
  }),
);
