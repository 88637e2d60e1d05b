import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../src/audit/record-audit.js';
import type { Actor } from '../src/kernel/actor.js';
import { newId } from '../src/kernel/ids.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { AttemptAnswer } from '../src/training/quiz/attempt-answer.entity.js';
import { Attempt, type GivenAnswer } from '../src/training/quiz/attempt.entity.js';
import {
  Enrolment,
  type AudienceKind,
  type Recurrence,
} from '../src/training/assignments/assignment.entity.js';
import { createAssignment } from '../src/training/assignments/assignments.js';
import { newVerificationCode } from '../src/training/certificates/certificates.js';
import { Certificate } from '../src/training/certificates/certificate.entity.js';
import { createCourseTest } from '../src/training/authoring/course-tests.js';
import type { CourseTopic } from '../src/training/authoring/course.entity.js';
import { createCourse, publishCourse } from '../src/training/authoring/courses.js';
import { createQuestionPool, importQuestions } from '../src/training/bank/questions.js';
import { Question, type IQuestion } from '../src/training/bank/question.entity.js';
import { isCorrect, scorePercent } from '../src/training/quiz/scoring.js';
import type { ICourseTest } from '../src/training/authoring/course-test.entity.js';
import type { ICourseVersion } from '../src/training/authoring/course.entity.js';
import { SeededRandom } from './random.js';
import { DEMO_COURSES, type DemoCourse } from './training-demo-courses.js';
import { seedTrainingSessionsDemo } from './training-sessions-demo.js';

const DAY_MS = 86_400_000;

/** How many questions each demo test draws from its course's bank. */
export const DRAWN_PER_TEST = 10;

interface BuiltCourse {
  test: ICourseTest;
  version: ICourseVersion;
  courseId: string;
}

/** A drawn test answered with a random number of right answers (at least 4 of 10), scored. */
export interface AnsweredDraw {
  drawn: IQuestion[];
  answers: Record<string, GivenAnswer>;
  score: number;
  wrongQuestionIds: string[];
}

/** Draws a test's questions from its bank and answers `right` of them correctly, the rest wrongly. */
export function answerDraw(
  random: SeededRandom,
  bank: readonly IQuestion[],
  drawnCount: number,
): AnsweredDraw {
  const drawn = [...bank].sort(() => random.next() - 0.5).slice(0, drawnCount);
  const right = random.int(Math.min(4, drawnCount), drawnCount);
  const answers: Record<string, GivenAnswer> = Object.fromEntries(
    drawn.map((q, i): [string, GivenAnswer] => {
      const key = q.answerKey;
      if (i < right) return [q.id, 'optionIds' in key ? { optionIds: key.optionIds } : { pairs: key.pairs }];
      const wrong = q.options.find((o) => 'optionIds' in key && !key.optionIds.includes(o.id));
      return [q.id, { optionIds: wrong ? [wrong.id] : [] }];
    }),
  );
  const correct = drawn.filter((q) => isCorrect(q.answerKey, answers[q.id])).length;
  return {
    drawn,
    answers,
    score: scorePercent(correct, drawn.length),
    wrongQuestionIds: drawn.filter((q) => !isCorrect(q.answerKey, answers[q.id])).map((q) => q.id),
  };
}

/** A question as an attempt keeps it: what the person was shown, whatever the bank says later. */
export function attemptQuestion(q: IQuestion) {
  return { questionId: q.id, kind: q.kind, text: q.text, options: q.options, matches: q.matches ?? null };
}

/** A closed attempt with a random number of correct answers, and its certificate if passed. */
export function seedAttempt(
  em: EntityManager,
  random: SeededRandom,
  test: ICourseTest,
  version: ICourseVersion,
  bank: readonly IQuestion[],
  personId: string,
  number: number,
  at: Date,
): boolean {
  const { drawn, answers, score, wrongQuestionIds } = answerDraw(random, bank, DRAWN_PER_TEST);
  const attempt = em.create(Attempt, {
    id: newId(),
    organization: test.organization,
    person: personId,
    test,
    courseVersion: version,
    number,
    status: 'submitted',
    questions: drawn.map(attemptQuestion),
    startedAt: new Date(at.getTime() - 15 * 60_000),
    deadline: null,
    submittedAt: at,
    scorePercent: score,
    passed: score >= test.passMark,
    passMark: test.passMark,
    wrongQuestionIds,
  });
  for (const [questionId, answer] of Object.entries(answers)) {
    em.create(AttemptAnswer, {
      organization: test.organization,
      attempt,
      question: questionId,
      answer,
      savedAt: attempt.startedAt,
    });
  }
  if (attempt.passed) {
    em.create(Certificate, {
      organization: test.organization,
      attempt,
      person: personId,
      course: test.course,
      verificationCode: newVerificationCode(),
      scorePercent: score,
      issuedAt: at,
    });
  }
  return attempt.passed === true;
}

/**
 * A demo course made and published through the use cases: its lessons, its question bank, a test
 * drawing DRAWN_PER_TEST of its questions (20 minutes, 3 attempts).
 */
export async function publishDemoCourse(
  em: EntityManager,
  trainingAdmin: Actor,
  demo: DemoCourse,
  today: Date,
): Promise<BuiltCourse & { poolId: string }> {
  const { course } = await createCourse(em, trainingAdmin, demo);
  const pool = await createQuestionPool(em, trainingAdmin, {
    topic: demo.topic,
    title: demo.title,
    courseId: course.id,
  });
  await em.flush();
  await importQuestions(em, trainingAdmin, { poolId: pool.id, questions: demo.questions });
  const test = await createCourseTest(em, trainingAdmin, {
    courseId: course.id,
    draws: [{ poolId: pool.id, count: DRAWN_PER_TEST }],
    timeLimitMinutes: 20,
    maxAttempts: 3,
  });
  const version = await publishCourse(em, trainingAdmin, { courseId: course.id }, today);
  return { test, version, courseId: course.id, poolId: pool.id };
}

/**
 * The training part of the demo (§5.3, §19, §52.3, §68): four published courses with their
 * question banks and tests (training-demo-courses.ts), the mandatory course for everyone every
 * year, the conflict-of-interest cases for everyone every half-year, the procurement course for
 * the posts that take part in procurement every half-year, the induction for new hires within 3
 * calendar months, and past attempts so that the completion figures are not trivial; and the
 * sessions of training-sessions-demo.ts.
 */
export async function seedTrainingDemo(
  em: EntityManager,
  organization: IOrganization,
  trainingAdmin: Actor,
  today: Date,
): Promise<void> {
  const random = new SeededRandom(20_240_611);
  const built = new Map<CourseTopic, BuiltCourse>();
  for (const demo of DEMO_COURSES) {
    const { test, version, courseId } = await publishDemoCourse(em, trainingAdmin, demo, today);
    built.set(demo.topic, { test, version, courseId });
  }
  const year = today.getUTCFullYear();
  const halfYearEnd = today.getUTCMonth() < 6 ? `${year}-06-30` : `${year}-12-31`;
  // §68: the mandatory course every year and the induction within 3 months of hiring (the demo
  // holding is quasi-public); §19: the conflict-of-interest cases for everyone every half-year;
  // §52.3: procurement for the staff who take part in it every half-year.
  const plan: readonly [CourseTopic, AudienceKind, Recurrence, string][] = [
    ['general', 'whole_org', 'yearly', `${year}-12-31`],
    ['conflict_of_interest', 'whole_org', 'half_yearly', halfYearEnd],
    ['procurement', 'procurement_staff', 'half_yearly', halfYearEnd],
    ['induction', 'new_hires', 'once', `${year}-12-31`],
  ];
  for (const [topic, audience, recurrence, dueOn] of plan) {
    const course = built.get(topic);
    if (!course) throw new Error(`the demo has no ${topic} course`);
    await createAssignment(
      em,
      trainingAdmin,
      { courseId: course.courseId, audience, dueOn, recurrence },
      today,
    );
  }
  await em.flush();

  // Past attempts inside the current cycles: about half took the general test, some twice.
  let attempts = 0;
  const general = built.get('general')?.courseId;
  for (const { test, version, courseId } of built.values()) {
    const bank = await em.find(Question, { pool: test.draws[0]?.poolId ?? '' });
    // In a fixed order (ids are random), so that the seeded draws fall to the same people every time.
    const enrolled = await em.find(
      Enrolment,
      { course: courseId },
      { fields: ['person', 'windowStart'], orderBy: { person: { email: 'asc' } } },
    );
    const people = [...new Set(enrolled.map((e) => e.person.id))];
    for (const personId of people) {
      if (!random.chance(courseId === general ? 0.55 : 0.4)) continue;
      const at = new Date(today.getTime() - random.int(1, 60) * DAY_MS);
      attempts += 1;
      const passed = seedAttempt(em, random, test, version, bank, personId, 1, at);
      if (!passed && random.chance(0.5)) {
        attempts += 1;
        seedAttempt(em, random, test, version, bank, personId, 2, new Date(at.getTime() + DAY_MS));
      }
    }
  }
  await seedTrainingSessionsDemo(em, organization, trainingAdmin, today, random);
  await recordAudit(em, null, {
    organizationId: organization.id,
    action: 'training.demo_seeded',
    entityType: 'Organization',
    entityId: organization.id,
    data: { courses: built.size, attempts },
  });
}

/** The parent company's demo training administrator, who authors the demo courses. */
export async function demoTrainingAdmin(
  em: EntityManager,
  organization: IOrganization,
  email: string,
): Promise<Actor> {
  const person = await em.findOneOrFail(Person, { organization: organization.id, email });
  return { personId: person.id, organizationId: organization.id, roles: ['employee', 'training_admin'] };
}
