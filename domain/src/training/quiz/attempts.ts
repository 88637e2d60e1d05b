import { randomInt } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockCurrentEnrolment, lockStanding } from '../assignments/enrolment-status.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { AttemptAnswer, answersByQuestion } from './attempt-answer.entity.js';
import { Attempt, type DrawnQuestion, type GivenAnswer, type IAttempt } from './attempt.entity.js';
import { Certificate, type ICertificate } from '../certificates/certificate.entity.js';
import { issueCertificate } from '../certificates/certificates.js';
import { CourseTest, type ICourseTest } from '../authoring/course-test.entity.js';
import { attemptsAtCourse, testSettingsOf, versionTakenIn } from '../authoring/version-pinning.js';
import type { TestSnapshot } from '../authoring/course.entity.js';
import { Question, type IQuestion } from '../bank/question.entity.js';
import { lessonStanding } from '../lessons/lesson-progress.js';
import { isCorrect, scorePercent } from './scoring.js';

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function isPastDeadline(attempt: IAttempt, now: Date): boolean {
  return (
    attempt.deadline !== null && attempt.deadline !== undefined && now.getTime() > attempt.deadline.getTime()
  );
}

async function loadTest(em: EntityManager, actor: Actor, testId: string): Promise<ICourseTest> {
  const test = isUuid(testId)
    ? await em.findOne(CourseTest, { id: testId, organization: actor.organizationId })
    : null;
  if (!test) throw NotFoundError.forId('Test', testId);
  return test;
}

/**
 * An attempt of the acting person, locked until the transaction ends and read after the lock:
 * `share` while saving an answer (saves of one attempt go side by side), `change` to close it
 * (alone, once the saves in flight are done; saves arriving later see it closed). Another
 * person's attempt is as good as absent.
 */
export async function ownAttempt(
  em: EntityManager,
  actor: Actor,
  attemptId: string,
  lock: 'share' | 'change',
): Promise<IAttempt> {
  const attempt = isUuid(attemptId)
    ? await em.findOne(
        Attempt,
        { id: attemptId, organization: actor.organizationId, person: actor.personId },
        {
          lockMode: lock === 'share' ? LockMode.PESSIMISTIC_READ : LockMode.PESSIMISTIC_WRITE,
          refresh: true,
        },
      )
    : null;
  if (!attempt) throw NotFoundError.forId('Attempt', attemptId);
  return attempt;
}

async function draw(
  em: EntityManager,
  organizationId: string,
  test: Pick<TestSnapshot, 'draws' | 'shuffle'>,
): Promise<DrawnQuestion[]> {
  const drawn: DrawnQuestion[] = [];
  // One query for the banks of all the test's pools, then a random draw from each.
  const questions = await em.find(Question, {
    pool: { $in: test.draws.map((d) => d.poolId) },
    organization: organizationId,
    // A retired question is never drawn again; it stays for the attempts that drew it.
    retiredAt: null,
  });
  for (const { poolId, count } of test.draws) {
    const bank = questions.filter((question) => question.pool.id === poolId);
    if (bank.length < count) {
      throw ConflictError.because('training.attempt.poolTooSmall', {
        holds: bank.length,
        count,
        poolId,
      });
    }
    for (const question of shuffled(bank).slice(0, count)) {
      drawn.push({
        questionId: question.id,
        kind: question.kind,
        text: question.text,
        options: test.shuffle ? shuffled(question.options) : question.options,
        matches: question.matches ? shuffled(question.matches) : null,
      });
    }
  }
  return test.shuffle ? shuffled(drawn) : drawn;
}

/** The answer keys of the questions drawn into these attempts, in one query. */
async function answerKeysOf(
  em: EntityManager,
  attempts: readonly IAttempt[],
): Promise<Map<string, IQuestion>> {
  const ids = [...new Set(attempts.flatMap((attempt) => attempt.questions.map((q) => q.questionId)))];
  const questions = ids.length > 0 ? await em.find(Question, { id: { $in: ids } }) : [];
  return new Map(questions.map((q) => [q.id, q]));
}

/**
 * Scores the attempt from the answers saved so far and closes it (`submitted`, or `expired`
 * when the time limit ran out); a pass issues the certificate. The attempt is locked, its
 * `answers` loaded, and `keys` holds the answer keys of its questions (`answerKeysOf`), so that
 * closing many attempts costs no query per attempt.
 */
async function finalise(
  em: EntityManager,
  attempt: IAttempt,
  status: 'submitted' | 'expired',
  now: Date,
  keys: ReadonlyMap<string, IQuestion>,
): Promise<ICertificate | null> {
  const answers = answersByQuestion(attempt.answers);
  const wrong = attempt.questions
    .filter((q) => {
      const question = keys.get(q.questionId);
      return !question || !isCorrect(question.answerKey, answers[q.questionId]);
    })
    .map((q) => q.questionId);
  attempt.status = status;
  attempt.submittedAt = status === 'submitted' ? now : (attempt.deadline ?? now);
  attempt.scorePercent = scorePercent(attempt.questions.length - wrong.length, attempt.questions.length);
  // §5.3, §35.3: passed means a score of at least the pass mark (60 % by default).
  attempt.passed = attempt.scorePercent >= attempt.passMark;
  attempt.wrongQuestionIds = wrong;
  await em.populate(attempt, ['test']);
  return attempt.passed ? await issueCertificate(em, attempt, attempt.test.course.id, now) : null;
}

/** Closes locked attempts whose time ran out with the answers saved in time, each on the audit trail. */
async function expire(em: EntityManager, attempts: IAttempt[], now: Date): Promise<void> {
  await em.populate(attempts, ['test', 'answers']);
  const keys = await answerKeysOf(em, attempts);
  for (const attempt of attempts) {
    await finalise(em, attempt, 'expired', now, keys);
    await recordAudit(em, null, {
      organizationId: attempt.organization.id,
      action: 'training.attempt_expired',
      entityType: 'Attempt',
      entityId: attempt.id,
      data: { scorePercent: attempt.scorePercent, passed: attempt.passed },
    });
  }
}

/**
 * Starts the acting person's attempt at a test, or resumes the one still open (a reload or a
 * lost connection must not cost an attempt). An open attempt whose time ran out is closed as
 * expired first. Refused to a person not enrolled in the test's course, and once the person
 * has used the test's attempts in the current cycle.
 */
export async function startAttempt(
  em: EntityManager,
  actor: Actor,
  input: { testId: string },
  now: Date = new Date(),
): Promise<IAttempt> {
  const test = await loadTest(em, actor, input.testId);
  // §68: people take the courses assigned to them; a test is reached through its course.
  // Concurrent starts by the person take turns on the enrolments, so there is never a second
  // open attempt nor one beyond the attempts of the cycle.
  const enrolment = await lockCurrentEnrolment(em, actor.personId, test.course.id);
  if (!enrolment) {
    throw ForbiddenError.because('training.attempt.notEnrolled');
  }
  // Every attempt at the course in one read: the open one, those of the cycle (the version they
  // pin and the attempts used) and the count of all. Thousands start at the same moment of an exam.
  const attempts = await attemptsAtCourse(em, {
    personId: actor.personId,
    courseId: test.course.id,
    since: null,
  });
  const atThisTest = attempts.filter((attempt) => attempt.test.id === test.id);
  const found = atThisTest.find((attempt) => attempt.status === 'open');
  // Resumed or closed under its own lock, read again: answers being saved hold it shared, and
  // closing it waits for them, so that each one acknowledged is scored.
  const open = found
    ? await em.findOne(Attempt, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (open?.status === 'open' && !isPastDeadline(open, now)) {
    await em.populate(open, ['answers', 'flags']);
    return open;
  }
  if (open?.status === 'open') await expire(em, [open], now);

  const since = enrolment.windowStart ?? null;
  const ofCycle = (attempt: IAttempt) => since === null || attempt.startedAt >= since;
  // §35.4: whoever started on a version finishes on it, its lessons and its test.
  const version = await versionTakenIn(em, test.course.id, attempts.filter(ofCycle));
  if (!version) throw ConflictError.because('training.course.notPublished', { courseId: test.course.id });
  const settings = testSettingsOf(version, test);
  if (test.lessonsRequiredBeforeTest) {
    // §33, §35.4: the course's materials come before the check of knowledge when the test asks so.
    const standing = await lessonStanding(em, actor.personId, version);
    if (standing.remaining > 0) {
      throw ConflictError.because('training.attempt.lessonsFirst', {
        remaining: standing.remaining,
        total: standing.total,
      });
    }
  }
  const used = atThisTest.filter(ofCycle).length;
  if (used >= settings.maxAttempts) {
    throw ConflictError.because('training.attempt.allUsed', {
      testId: test.id,
      maxAttempts: settings.maxAttempts,
    });
  }
  // An attempt's number counts every attempt at the test, earlier cycles' too.
  const total = atThisTest.length;
  const attempt = em.create(Attempt, {
    id: newId(),
    organization: actor.organizationId,
    person: actor.personId,
    test,
    courseVersion: version,
    number: total + 1,
    status: 'open',
    questions: await draw(em, test.organization.id, settings),
    startedAt: now,
    deadline: settings.timeLimitMinutes ? new Date(now.getTime() + settings.timeLimitMinutes * 60_000) : null,
    submittedAt: null,
    scorePercent: null,
    passed: null,
    passMark: settings.passMark,
    wrongQuestionIds: null,
  });
  // At the start of an exam thousands of people start at once: the event waits for the commit and
  // is sealed into the organisation's chain with the others that came meanwhile (ADR 015).
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.attempt_started',
    entityType: 'Attempt',
    entityId: attempt.id,
    data: { testId: test.id, courseVersion: version.number, number: attempt.number },
  });
  return attempt;
}

type AnswerProblem =
  | 'training.answer.pairsExpected'
  | 'training.answer.unknownPair'
  | 'training.answer.optionsExpected'
  | 'training.answer.unknownOption'
  | 'training.answer.optionTwice'
  | 'training.answer.chooseOne';

function answerProblem(question: DrawnQuestion, answer: GivenAnswer): AnswerProblem | null {
  const optionIds = new Set(question.options.map((o) => o.id));
  if (question.kind === 'matching') {
    if (!('pairs' in answer)) return 'training.answer.pairsExpected';
    const matchIds = new Set((question.matches ?? []).map((m) => m.id));
    const bad = Object.entries(answer.pairs).some(
      ([option, match]) => !optionIds.has(option) || !matchIds.has(match),
    );
    return bad ? 'training.answer.unknownPair' : null;
  }
  if (!('optionIds' in answer)) return 'training.answer.optionsExpected';
  if (answer.optionIds.some((id) => !optionIds.has(id))) return 'training.answer.unknownOption';
  if (new Set(answer.optionIds).size !== answer.optionIds.length) return 'training.answer.optionTwice';
  if (question.kind !== 'multiple' && answer.optionIds.length > 1) return 'training.answer.chooseOne';
  return null;
}

/**
 * Saves one answer as given, overwriting an earlier answer to the same question. Not scored
 * here: the key stays on the server until submission. Each answer is a row of its own, so
 * concurrent saves of different questions all stay; they are their own record, and the audit
 * trail records the start and the submission.
 */
export async function saveAnswer(
  em: EntityManager,
  actor: Actor,
  input: { attemptId: string; questionId: string; answer: GivenAnswer },
  now: Date = new Date(),
): Promise<IAttempt> {
  const attempt = await ownAttempt(em, actor, input.attemptId, 'share');
  if (attempt.status !== 'open') throw ConflictError.because('training.attempt.closed');
  if (isPastDeadline(attempt, now)) throw ConflictError.because('training.attempt.timeUp');
  const question = attempt.questions.find((q) => q.questionId === input.questionId);
  if (!question) {
    throw ValidationError.because('training.attempt.questionUnknown', {
      questionId: input.questionId,
    });
  }
  const problem = answerProblem(question, input.answer);
  if (problem) throw ValidationError.because(problem, { questionId: input.questionId });
  await em.upsert(
    AttemptAnswer,
    {
      organization: attempt.organization,
      attempt,
      question: input.questionId,
      answer: input.answer,
      savedAt: now,
    },
    {
      onConflictFields: ['attempt', 'question'],
      onConflictAction: 'merge',
      onConflictMergeFields: ['answer', 'savedAt'],
    },
  );
  await em.populate(attempt, ['answers', 'flags'], { refresh: true });
  return attempt;
}

export interface SubmissionResult {
  attemptId: string;
  scorePercent: number;
  passed: boolean;
  passMark: number;
  certificateCode: string | null;
}

function submissionResult(
  attempt: IAttempt,
  certificate: Pick<ICertificate, 'verificationCode'> | null,
): SubmissionResult {
  return {
    attemptId: attempt.id,
    scorePercent: attempt.scorePercent ?? 0,
    passed: attempt.passed === true,
    passMark: attempt.passMark,
    certificateCode: certificate?.verificationCode ?? null,
  };
}

/**
 * Scores the attempt on the server and closes it. Submitting it again (a double click, a retry
 * after a lost response) returns the stored result and changes nothing. Refused for an attempt
 * past its time limit: that attempt counts as expired with the answers saved in time (it is
 * closed on the next start or by `closeExpiredAttempts`), so the refusal changes nothing.
 */
export async function submitAttempt(
  em: EntityManager,
  actor: Actor,
  input: { attemptId: string },
  now: Date = new Date(),
): Promise<SubmissionResult> {
  if (isUuid(input.attemptId))
    await lockStanding(em, { personId: actor.personId, attemptId: input.attemptId });
  const attempt = await ownAttempt(em, actor, input.attemptId, 'change');
  if (attempt.status === 'submitted') {
    const issued = attempt.passed
      ? await em.findOne(Certificate, { attempt: attempt.id }, { fields: ['verificationCode'] })
      : null;
    return submissionResult(attempt, issued);
  }
  if (attempt.status === 'expired' || isPastDeadline(attempt, now)) {
    throw ConflictError.because('training.attempt.timeUpOnSubmit', {
      deadline: attempt.deadline,
    });
  }
  await em.populate(attempt, ['answers']);
  const certificate = await finalise(em, attempt, 'submitted', now, await answerKeysOf(em, [attempt]));
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.attempt_submitted',
    entityType: 'Attempt',
    entityId: attempt.id,
    data: { scorePercent: attempt.scorePercent, passed: attempt.passed, passMark: attempt.passMark },
  });
  return submissionResult(attempt, certificate);
}

/**
 * Closes the organisation's open attempts whose time limit ran out (for the background job).
 * They are locked as they are selected, and one that a submission, a start or another run
 * holds is skipped until the next run: the job never waits on a person, nor closes an attempt
 * twice.
 */
export async function closeExpiredAttempts(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<number> {
  const candidates = await em.find(
    Attempt,
    { organization: organizationId, status: 'open', deadline: { $lt: now } },
    { fields: ['id', 'person'] },
  );
  // The enrolments first, as a start or a submission takes them (lockStanding), skipping any held.
  const free: string[] = [];
  for (const candidate of candidates) {
    if (
      await lockStanding(em, { personId: candidate.person.id, attemptId: candidate.id }, { skipLocked: true })
    ) {
      free.push(candidate.id);
    }
  }
  if (free.length === 0) return 0;
  const overdue = await em.find(
    Attempt,
    { id: { $in: free }, status: 'open', deadline: { $lt: now } },
    { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true },
  );
  await expire(em, overdue, now);
  return overdue.length;
}
