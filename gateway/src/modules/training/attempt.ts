import {
  ATTEMPT_STATUSES,
  QUESTION_KINDS,
  attemptResult,
  attemptView,
  flagQuestion,
  getAttempt,
  saveAnswer,
  startAttempt,
  submitAttempt,
  type AnswerKey,
  type AttemptQuestionView,
  type AttemptResult,
  type AttemptView,
  type GivenAnswer,
  type QuestionOption,
  type ReviewedQuestion,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { invalidInput } from '../../errors/graphql-errors.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';

export const AttemptStatusEnum = builder.enumType('AttemptStatus', { values: ATTEMPT_STATUSES });
export const QuestionKindEnum = builder.enumType('QuestionKind', { values: QUESTION_KINDS });

const AnswerOptionRef = builder.objectRef<QuestionOption>('AnswerOption');

builder.objectType(AnswerOptionRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.field({ type: LocalizedTextRef, resolve: (option) => option.text }),
  }),
});

const AttemptQuestionRef = builder.objectRef<AttemptQuestionView>('AttemptQuestion');

builder.objectType(AttemptQuestionRef, {
  description: 'A question as drawn into the attempt, options in the order shown; never the answer key.',
  fields: (t) => ({
    id: t.id({ resolve: (question) => question.questionId }),
    kind: t.field({ type: QuestionKindEnum, resolve: (question) => question.kind }),
    text: t.field({ type: LocalizedTextRef, resolve: (question) => question.text }),
    options: t.field({ type: [AnswerOptionRef], resolve: (question) => question.options }),
    matches: t.field({
      type: [AnswerOptionRef],
      nullable: true,
      description: 'The right-hand side of a matching question.',
      resolve: (question) => question.matches,
    }),
    answered: t.exposeBoolean('answered', {
      description: 'Whether an answer is saved: an option chosen, a pair matched.',
    }),
    flagged: t.exposeBoolean('flagged', { description: 'Whether the person flagged it to come back to.' }),
  }),
});

interface MatchPairShape {
  optionId: string;
  matchId: string;
}

const MatchPairRef = builder.objectRef<MatchPairShape>('MatchPair');

builder.objectType(MatchPairRef, {
  fields: (t) => ({ optionId: t.exposeID('optionId'), matchId: t.exposeID('matchId') }),
});

interface GivenAnswerShape {
  questionId: string;
  answer: GivenAnswer;
}

const GivenAnswerRef = builder.objectRef<GivenAnswerShape>('GivenAnswer');

builder.objectType(GivenAnswerRef, {
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    optionIds: t.idList({
      nullable: true,
      resolve: ({ answer }) => ('optionIds' in answer ? answer.optionIds : null),
    }),
    pairs: t.field({
      type: [MatchPairRef],
      nullable: true,
      resolve: ({ answer }) => ('pairs' in answer ? pairsOf(answer.pairs) : null),
    }),
  }),
});

const AttemptRef = builder.objectRef<AttemptView>('Attempt');

builder.objectType(AttemptRef, {
  description: "One sitting of a test by the signed-in person; answers are saved as they're given.",
  fields: (t) => ({
    id: t.exposeID('id'),
    testId: t.exposeID('testId'),
    number: t.exposeInt('number'),
    status: t.field({ type: AttemptStatusEnum, resolve: (attempt) => attempt.status }),
    startedAt: t.field({ type: DateTimeScalar, resolve: (attempt) => attempt.startedAt }),
    deadline: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'The time limit, enforced by the server.',
      resolve: (attempt) => attempt.deadline,
    }),
    submittedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (attempt) => attempt.submittedAt }),
    questions: t.field({ type: [AttemptQuestionRef], resolve: (attempt) => attempt.questions }),
    answers: t.field({
      type: [GivenAnswerRef],
      resolve: (attempt) =>
        Object.entries(attempt.answers).map(([questionId, answer]) => ({ questionId, answer })),
    }),
  }),
});

function pairsOf(pairs: Record<string, string>): MatchPairShape[] {
  return Object.entries(pairs).map(([optionId, matchId]) => ({ optionId, matchId }));
}

const AnswerGivenRef = builder.objectRef<GivenAnswer | AnswerKey>('ReviewAnswer');

builder.objectType(AnswerGivenRef, {
  description: 'Chosen option ids for a choice question, pairs for a matching question.',
  fields: (t) => ({
    optionIds: t.idList({
      nullable: true,
      resolve: (answer) => ('optionIds' in answer ? answer.optionIds : null),
    }),
    pairs: t.field({
      type: [MatchPairRef],
      nullable: true,
      resolve: (answer) => ('pairs' in answer ? pairsOf(answer.pairs) : null),
    }),
  }),
});

const ReviewedQuestionRef = builder.objectRef<ReviewedQuestion>('ReviewedQuestion');

builder.objectType(ReviewedQuestionRef, {
  description: 'A question of a closed attempt in its review, sent only when the test allows the review.',
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    correct: t.exposeBoolean('correct'),
    given: t.field({
      type: AnswerGivenRef,
      nullable: true,
      description: 'Null when the question was left without an answer.',
      resolve: (reviewed) => reviewed.given,
    }),
    rightAnswer: t.field({ type: AnswerGivenRef, resolve: (reviewed) => reviewed.rightAnswer }),
    explanation: t.field({
      type: LocalizedTextRef,
      nullable: true,
      resolve: (reviewed) => reviewed.explanation,
    }),
  }),
});

const AttemptResultRef = builder.objectRef<AttemptResult>('AttemptResult');

builder.objectType(AttemptResultRef, {
  description: 'The server-computed score of a closed attempt.',
  fields: (t) => ({
    attemptId: t.exposeID('attemptId'),
    status: t.field({ type: AttemptStatusEnum, resolve: (result) => result.status }),
    scorePercent: t.exposeFloat('scorePercent'),
    passed: t.exposeBoolean('passed'),
    passMark: t.exposeFloat('passMark'),
    certificateCode: t.exposeString('certificateCode', { nullable: true }),
    wrongQuestionIds: t.exposeIDList('wrongQuestionIds', {
      nullable: true,
      description: 'Null unless the test allows the review.',
    }),
    review: t.field({
      type: [ReviewedQuestionRef],
      nullable: true,
      description:
        'Each question in the order asked, with the answer given, the right answer and its explanation; ' +
        'null unless the test allows the review (then no right answer leaves the server).',
      resolve: (result) => result.review,
    }),
  }),
});

const MatchPairInput = builder.inputType('MatchPairInput', {
  fields: (t) => ({ optionId: t.id({ required: true }), matchId: t.id({ required: true }) }),
});

const AnswerInput = builder.inputType('AnswerInput', {
  description: 'Choice questions are answered with optionIds, matching questions with pairs.',
  fields: (t) => ({
    questionId: t.id({ required: true }),
    optionIds: t.idList(),
    pairs: t.field({ type: [MatchPairInput] }),
  }),
});

type AnswerArg = typeof AnswerInput.$inferInput;

function toGivenAnswer(input: AnswerArg): GivenAnswer {
  const { optionIds, pairs } = input;
  if ((optionIds ? 1 : 0) + (pairs ? 1 : 0) !== 1) {
    throw invalidInput('Answer with either optionIds or pairs.', { questionId: String(input.questionId) });
  }
  if (optionIds) return { optionIds: optionIds.map(String) };
  const matched: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    if (String(pair.optionId) in matched) throw invalidInput('Each option is matched once.');
    matched[String(pair.optionId)] = String(pair.matchId);
  }
  return { pairs: matched };
}

builder.queryField('attempt', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AttemptRef,
    description: "One of the signed-in person's own attempts.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => getAttempt(context.em, context.actor, String(id)),
  }),
);

builder.queryField('attemptResult', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AttemptResultRef,
    description: "The result of one of the signed-in person's own attempts, once submitted.",
    args: { attemptId: t.arg.id({ required: true }) },
    resolve: (_root, { attemptId }, context) => attemptResult(context.em, context.actor, String(attemptId)),
  }),
);

builder.mutationField('startAttempt', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AttemptRef,
    description:
      'Starts an attempt at a test of a course the signed-in person is enrolled in (FORBIDDEN otherwise), ' +
      'or resumes the one still open.',
    args: { testId: t.arg.id({ required: true }) },
    resolve: async (_root, { testId }, context) =>
      attemptView(
        await context.em.transactional((em) => startAttempt(em, context.actor, { testId: String(testId) })),
      ),
  }),
);

builder.mutationField('saveAnswer', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AttemptRef,
    description:
      'Saves one answer of an open attempt (not scored until submission). Saves of different questions ' +
      'may run at once; after the submission or the time limit a save is refused (CONFLICT).',
    args: {
      attemptId: t.arg.id({ required: true }),
      answer: t.arg({ type: AnswerInput, required: true }),
    },
    resolve: async (_root, { attemptId, answer }, context) => {
      const given = toGivenAnswer(answer);
      const attempt = await context.em.transactional((em) =>
        saveAnswer(em, context.actor, {
          attemptId: String(attemptId),
          questionId: String(answer.questionId),
          answer: given,
        }),
      );
      return attemptView(attempt);
    },
  }),
);

builder.mutationField('submitAttempt', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AttemptResultRef,
    description:
      'Scores the attempt on the server and closes it; a pass issues the certificate. Submitting it again ' +
      'returns the same result.',
    args: { attemptId: t.arg.id({ required: true }) },
    resolve: async (_root, { attemptId }, context) => {
      await context.em.transactional((em) =>
        submitAttempt(em, context.actor, { attemptId: String(attemptId) }),
      );
      return attemptResult(context.em, context.actor, String(attemptId));
    },
  }),
);

builder.mutationField('flagQuestion', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AttemptRef,
    description:
      'Flags a question of an open attempt to come back to, or clears the flag; kept on the server, so a ' +
      'reload or another device shows it. After the submission or the time limit it is refused (CONFLICT).',
    args: {
      attemptId: t.arg.id({ required: true }),
      questionId: t.arg.id({ required: true }),
      flagged: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, { attemptId, questionId, flagged }, context) =>
      attemptView(
        await context.em.transactional((em) =>
          flagQuestion(em, context.actor, {
            attemptId: String(attemptId),
            questionId: String(questionId),
            flagged,
          }),
        ),
      ),
  }),
);
