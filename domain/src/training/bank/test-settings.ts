import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import {
  CourseTest,
  DEFAULT_PASS_MARK,
  type ICourseTest,
  type PoolDraw,
} from '../authoring/course-test.entity.js';
import { getCourse } from '../authoring/courses.js';
import { requireTrainingManager } from '../training-roles.js';
import { courseForBankChange, liveQuestionsOfCourse, poolsOfCourse } from './question-bank.js';

export const MAX_TIME_LIMIT_MINUTES = 240;
export const MAX_ATTEMPTS = 10;

/** A course test's settings as its manager sets them. */
export interface TestSettingsInput {
  draws: readonly PoolDraw[];
  shuffle: boolean;
  /** Null: no time limit. */
  timeLimitMinutes: number | null;
  maxAttempts: number;
  passMark: number;
  /** Whether the review of a submitted attempt shows the right answers. */
  reviewAllowed: boolean;
  /** Whether a person must have done every lesson before starting the test; false when not said. */
  lessonsRequiredBeforeTest?: boolean;
}

function isWhole(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

function checkNumbers(input: TestSettingsInput): void {
  const { passMark, timeLimitMinutes: limit, maxAttempts } = input;
  // §5.3, §35.3: a test counts when passed with at least 60 %; a lower pass mark is refused.
  if (isWhole(passMark) && passMark < DEFAULT_PASS_MARK) {
    throw ValidationError.because('training.test.passMarkTooLow', {
      field: 'passMark',
      min: DEFAULT_PASS_MARK,
    });
  }
  if (!isWhole(passMark) || passMark > 100) {
    throw ValidationError.because('training.test.passMark', { field: 'passMark', min: DEFAULT_PASS_MARK });
  }
  if (limit !== null && (!isWhole(limit) || limit < 1 || limit > MAX_TIME_LIMIT_MINUTES)) {
    throw ValidationError.because('training.test.timeLimitRange', {
      field: 'timeLimitMinutes',
      max: MAX_TIME_LIMIT_MINUTES,
    });
  }
  if (!isWhole(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
    throw ValidationError.because('training.test.attemptsRange', { field: 'maxAttempts', max: MAX_ATTEMPTS });
  }
}

/**
 * Sets a course's test: how many questions it draws from each pool of the course's bank, the
 * time limit, the attempts, the pass mark and the review; creates the test the first time. The
 * course is locked, so that settings and changes of the bank take turns and a draw never asks a
 * pool for more questions than it holds when saved. Attempts already started keep the pass mark
 * and the questions they were given.
 */
export async function editTrainingTest(
  em: EntityManager,
  actor: Actor,
  courseId: string,
  input: TestSettingsInput,
): Promise<ICourseTest> {
  const course = await courseForBankChange(em, actor, courseId);
  checkNumbers(input);
  if (input.draws.length === 0) throw ValidationError.because('training.test.draws', { field: 'draws' });
  const pools = await poolsOfCourse(em, course.id);
  const questions = await liveQuestionsOfCourse(em, pools);
  const seen = new Set<string>();
  input.draws.forEach((draw, i) => {
    if (!pools.some((pool) => pool.id === draw.poolId)) {
      throw ValidationError.because('training.test.drawPool', { field: `draws.${i}.poolId` });
    }
    if (seen.has(draw.poolId)) {
      throw ValidationError.because('training.test.drawTwice', { field: `draws.${i}.poolId` });
    }
    seen.add(draw.poolId);
    if (!isWhole(draw.count) || draw.count < 1) {
      throw ValidationError.because('training.test.drawCount', { field: `draws.${i}.count` });
    }
    const holds = questions.filter((q) => q.pool.id === draw.poolId).length;
    if (draw.count > holds) {
      throw ValidationError.because('training.test.drawTooMany', { field: `draws.${i}.count`, holds });
    }
  });
  const settings = {
    draws: input.draws.map((d) => ({ poolId: d.poolId, count: d.count })),
    shuffle: input.shuffle,
    timeLimitMinutes: input.timeLimitMinutes,
    maxAttempts: input.maxAttempts,
    passMark: input.passMark,
    reviewAllowed: input.reviewAllowed,
    lessonsRequiredBeforeTest: input.lessonsRequiredBeforeTest ?? false,
  };
  const existing = await em.findOne(CourseTest, { course: course.id }, { refresh: true });
  const before = existing
    ? {
        draws: existing.draws,
        shuffle: existing.shuffle,
        timeLimitMinutes: existing.timeLimitMinutes ?? null,
        maxAttempts: existing.maxAttempts,
        passMark: existing.passMark,
        reviewAllowed: existing.reviewAllowed,
        lessonsRequiredBeforeTest: existing.lessonsRequiredBeforeTest,
      }
    : null;
  const test =
    existing ??
    em.create(CourseTest, { id: newId(), organization: actor.organizationId, course, ...settings });
  Object.assign(test, settings);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: existing ? 'training.test_edited' : 'training.test_created',
    entityType: 'CourseTest',
    entityId: test.id,
    data: { courseId: course.id, before, after: settings },
  });
  return test;
}

/** A course's test settings, or null while it has none; for the managers. */
export async function trainingTestOf(
  em: EntityManager,
  actor: Actor,
  courseId: string,
): Promise<ICourseTest | null> {
  requireTrainingManager(actor, 'read test settings');
  const course = await getCourse(em, actor, courseId);
  return em.findOne(CourseTest, { course: course.id });
}
