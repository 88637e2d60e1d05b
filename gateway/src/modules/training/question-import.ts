import { QUESTION_KINDS, TRAINING_MANAGERS, importQuestions, type QuestionInput } from '@adal/domain';
import { builder } from '../../builder.js';
import { QuestionKindEnum } from './attempt.js';
import { LocalizedTextInput, toLocalizedInput as localized } from './localized-input.js';

const QuestionOptionImportInput = builder.inputType('QuestionOptionImportInput', {
  description: 'Choice options mark `correct`; matching options carry their `match`.',
  fields: (t) => ({
    text: t.field({ type: LocalizedTextInput, required: true }),
    correct: t.boolean(),
    match: t.field({ type: LocalizedTextInput }),
  }),
});

const QuestionImportInput = builder.inputType('QuestionImportInput', {
  fields: (t) => ({
    kind: t.field({ type: QuestionKindEnum, required: true }),
    text: t.field({ type: LocalizedTextInput, required: true }),
    options: t.field({ type: [QuestionOptionImportInput], required: true }),
    explanation: t.field({
      type: LocalizedTextInput,
      description:
        'Why the right answer is right; shown in the review after submission when the test allows it.',
    }),
  }),
});

type QuestionArg = typeof QuestionImportInput.$inferInput;

function toQuestion(row: QuestionArg): QuestionInput {
  return {
    kind: row.kind,
    text: localized(row.text),
    options: row.options.map((option) => ({
      text: localized(option.text),
      ...(option.correct === true ? { correct: true } : {}),
      ...(option.match ? { match: localized(option.match) } : {}),
    })),
    ...(row.explanation ? { explanation: localized(row.explanation) } : {}),
  };
}

const QuestionImportReportRef = builder.objectRef<{ created: number }>('QuestionImportReport');

builder.objectType(QuestionImportReportRef, {
  fields: (t) => ({ created: t.exposeInt('created') }),
});

builder.mutationField('importTrainingQuestions', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: QuestionImportReportRef,
    description:
      `Adds questions (${QUESTION_KINDS.join(', ')}) to a pool. Any bad row fails the whole import with a ` +
      'VALIDATION error whose extensions.errors lists { row, message } for every problem; nothing is written then.',
    args: {
      poolId: t.arg.id({ required: true }),
      questions: t.arg({ type: [QuestionImportInput], required: true }),
    },
    resolve: (_root, { poolId, questions }, context) =>
      context.em.transactional((em) =>
        importQuestions(em, context.actor, { poolId: String(poolId), questions: questions.map(toQuestion) }),
      ),
  }),
);
