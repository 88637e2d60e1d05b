import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ConflictError, NotFoundError } from '../kernel/errors.js';
import { isUuid } from '../org/org-queries.js';
import {
  Attempt,
  type AttemptStatus,
  type DrawnQuestion,
  type GivenAnswer,
  type IAttempt,
} from './attempt.entity.js';
import { answersByQuestion } from './attempt-answer.entity.js';
import { Certificate } from './certificate.entity.js';

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
  questions: DrawnQuestion[];
  answers: Record<string, GivenAnswer>;
}

/**
 * The safe shape of an attempt (its `answers` loaded). Built field by field from the snapshot,
 * which never held the answer key, so correct answers cannot reach the browser before (or after)
 * submission.
 */
export function attemptView(attempt: IAttempt): AttemptView {
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
    })),
    answers: answersByQuestion(attempt.answers),
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
}

/** The acting person's attempt, shown safely. */
export async function getAttempt(em: EntityManager, actor: Actor, attemptId: string): Promise<AttemptView> {
  const attempt = isUuid(attemptId)
    ? await em.findOne(
        Attempt,
        { id: attemptId, organization: actor.organizationId, person: actor.personId },
        { populate: ['answers'] },
      )
    : null;
  if (!attempt) throw NotFoundError.forId('Attempt', attemptId);
  return attemptView(attempt);
}

/** Score, pass/fail and (if the test allows) which answers were wrong; only once the attempt is closed. */
export async function attemptResult(
  em: EntityManager,
  actor: Actor,
  attemptId: string,
): Promise<AttemptResult> {
  const attempt = isUuid(attemptId)
    ? await em.findOne(
        Attempt,
        { id: attemptId, organization: actor.organizationId, person: actor.personId },
        { populate: ['test'] },
      )
    : null;
  if (!attempt) throw NotFoundError.forId('Attempt', attemptId);
  if (attempt.status === 'open') throw ConflictError.because('training.attempt.notSubmitted');
  const certificate = await em.findOne(
    Certificate,
    { attempt: attempt.id },
    { fields: ['verificationCode'] },
  );
  return {
    attemptId: attempt.id,
    status: attempt.status,
    scorePercent: attempt.scorePercent ?? 0,
    passed: attempt.passed === true,
    passMark: attempt.passMark,
    certificateCode: certificate?.verificationCode ?? null,
    wrongQuestionIds: attempt.test.reviewAllowed ? (attempt.wrongQuestionIds ?? []) : null,
  };
}
