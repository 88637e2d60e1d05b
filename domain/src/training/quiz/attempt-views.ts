import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import {
  Attempt,
  type AttemptStatus,
  type DrawnQuestion,
  type GivenAnswer,
  type IAttempt,
} from './attempt.entity.js';
import { answersByQuestion } from './attempt-answer.entity.js';
import { testSettingsOf } from '../authoring/version-pinning.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { Question, type AnswerKey } from '../bank/question.entity.js';
import type { LocalizedText } from '../../kernel/locale.js';

/** A drawn question as its taker sees it, with whether it has an answer saved and whether it is flagged. */
export interface AttemptQuestionView extends DrawnQuestion {
  answered: boolean;
  flagged: boolean;
}

/** What the person taking the test may see: questions, options in their order, saved answers; never the key. */
export interface AttemptView {
  id: string;
  testId: string;
  courseVersionId: string;
  number: number;
  status: AttemptStatus;
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
  questions: AttemptQuestionView[];
  answers: Record<string, GivenAnswer>;
}

/** Whether a saved answer says something: an option chosen, a pair matched. */
export function isAnswered(answer: GivenAnswer | undefined): boolean {
  if (!answer) return false;
  return 'optionIds' in answer ? answer.optionIds.length > 0 : Object.keys(answer.pairs).length > 0;
}

/**
 * The safe shape of an attempt (its `answers` and `flags` loaded). Built field by field from the snapshot,
 * which never held the answer key, so correct answers cannot reach the browser before (or after)
 * submission.
 */
export function attemptView(attempt: IAttempt): AttemptView {
  const answers = answersByQuestion(attempt.answers);
  const flagged = new Set(attempt.flags.getItems().map((flag) => flag.question.id));
  return {
    id: attempt.id,
    testId: attempt.test.id,
    courseVersionId: attempt.courseVersion.id,
    number: attempt.number,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline ?? null,
    submittedAt: attempt.submittedAt ?? null,
    questions: attempt.questions.map((q) => ({
      questionId: q.questionId,
      kind: q.kind,
      text: q.text,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
      matches: q.matches ? q.matches.map((m) => ({ id: m.id, text: m.text })) : null,
      answered: isAnswered(answers[q.questionId]),
      flagged: flagged.has(q.questionId),
    })),
    answers,
  };
}

export interface AttemptResult {
  attemptId: string;
  status: AttemptStatus;
  scorePercent: number;
  passed: boolean;
  passMark: number;
  certificateCode: string | null;
  /** The questions answered wrongly, when the test allows the review; null otherwise. */
  wrongQuestionIds: string[] | null;
  /** Each question with the answer given and the right one, when the test allows the review; null otherwise. */
  review: ReviewedQuestion[] | null;
}

/** One question of a closed attempt in its review: the answer given, whether it scored, the right answer and why. */
export interface ReviewedQuestion {
  questionId: string;
  /** Null when the question was left without an answer. */
  given: GivenAnswer | null;
  correct: boolean;
  rightAnswer: AnswerKey;
  explanation: LocalizedText | null;
}

/**
 * The review of a closed attempt whose test allows it (`answers` loaded), in the order the
 * questions were asked. Right or wrong as scored at the submission.
 */
async function reviewOf(em: EntityManager, attempt: IAttempt): Promise<ReviewedQuestion[]> {
  const ids = attempt.questions.map((q) => q.questionId);
  const keys = new Map(
    (ids.length > 0 ? await em.find(Question, { id: { $in: ids } }) : []).map((q) => [q.id, q]),
  );
  const answers = answersByQuestion(attempt.answers);
  const wrong = new Set(attempt.wrongQuestionIds ?? ids);
  return attempt.questions.map((q) => {
    const question = keys.get(q.questionId);
    return {
      questionId: q.questionId,
      given: answers[q.questionId] ?? null,
      correct: !wrong.has(q.questionId),
      rightAnswer: question?.answerKey ?? { optionIds: [] },
      explanation: question?.explanation ?? null,
    };
  });
}

/** The acting person's attempt, shown safely. */
export async function getAttempt(em: EntityManager, actor: Actor, attemptId: string): Promise<AttemptView> {
  const attempt = isUuid(attemptId)
    ? await em.findOne(
        Attempt,
        { id: attemptId, organization: actor.organizationId, person: actor.personId },
        { populate: ['answers', 'flags'] },
      )
    : null;
  if (!attempt) throw NotFoundError.forId('Attempt', attemptId);
  return attemptView(attempt);
}

/**
 * Score, pass/fail and, if the test allows the review, which answers were wrong with the right
 * answers and their explanations; only once the attempt is closed. Without the review, nothing
 * of the answer key leaves the server.
 */
export async function attemptResult(
  em: EntityManager,
  actor: Actor,
  attemptId: string,
): Promise<AttemptResult> {
  const attempt = isUuid(attemptId)
    ? await em.findOne(
        Attempt,
        { id: attemptId, organization: actor.organizationId, person: actor.personId },
        { populate: ['test', 'courseVersion', 'answers'] },
      )
    : null;
  if (!attempt) throw NotFoundError.forId('Attempt', attemptId);
  if (attempt.status === 'open') throw ConflictError.because('training.attempt.notSubmitted');
  const certificate = await em.findOne(
    Certificate,
    { attempt: attempt.id },
    { fields: ['verificationCode'] },
  );
  // §35.4: the review follows the settings of the version the attempt was drawn under.
  const { reviewAllowed } = testSettingsOf(attempt.courseVersion, attempt.test);
  return {
    attemptId: attempt.id,
    status: attempt.status,
    scorePercent: attempt.scorePercent ?? 0,
    passed: attempt.passed === true,
    passMark: attempt.passMark,
    certificateCode: certificate?.verificationCode ?? null,
    wrongQuestionIds: reviewAllowed ? (attempt.wrongQuestionIds ?? []) : null,
    review: reviewAllowed ? await reviewOf(em, attempt) : null,
  };
}
