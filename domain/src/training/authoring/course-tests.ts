import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { CourseTest, DEFAULT_PASS_MARK, type ICourseTest, type PoolDraw } from './course-test.entity.js';
import { getCourseForChange } from './courses.js';
import { QuestionPool } from '../bank/question.entity.js';
import { requireTrainingManager } from '../training-roles.js';

export interface CreateCourseTestInput {
  courseId: string;
  draws: readonly PoolDraw[];
  shuffle?: boolean;
  timeLimitMinutes?: number | null;
  maxAttempts?: number;
  passMark?: number;
  reviewAllowed?: boolean;
  lessonsRequiredBeforeTest?: boolean;
}

/** Gives a course its final test. */
export async function createCourseTest(
  em: EntityManager,
  actor: Actor,
  input: CreateCourseTestInput,
): Promise<ICourseTest> {
  requireTrainingManager(actor, 'create tests');
  const course = await getCourseForChange(em, actor, input.courseId);
  if (await em.findOne(CourseTest, { course: course.id })) {
    throw ConflictError.because('training.test.exists', { courseId: course.id });
  }
  const passMark = input.passMark ?? DEFAULT_PASS_MARK;
  // §5.3, §35.3: a test counts towards the KPIs when passed with at least 60 %.
  if (!Number.isInteger(passMark) || passMark < DEFAULT_PASS_MARK || passMark > 100) {
    throw ValidationError.because('training.test.passMark', { field: 'passMark', min: DEFAULT_PASS_MARK });
  }
  const maxAttempts = input.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw ValidationError.because('training.test.maxAttempts', { field: 'maxAttempts' });
  const limit = input.timeLimitMinutes ?? null;
  if (limit !== null && (!Number.isInteger(limit) || limit < 1)) {
    throw ValidationError.because('training.test.timeLimit', { field: 'timeLimitMinutes' });
  }
  if (input.draws.length === 0 || input.draws.some((d) => !Number.isInteger(d.count) || d.count < 1)) {
    throw ValidationError.because('training.test.draws', { field: 'draws' });
  }
  const poolIds = input.draws.map((d) => d.poolId);
  const pools = await em.find(QuestionPool, {
    id: { $in: poolIds.filter(isUuid) },
    organization: actor.organizationId,
  });
  const missing = poolIds.find((id) => !pools.some((pool) => pool.id === id));
  if (missing !== undefined) throw NotFoundError.forId('QuestionPool', missing);
  const test = em.create(CourseTest, {
    id: newId(),
    organization: actor.organizationId,
    course,
    draws: input.draws.map((d) => ({ poolId: d.poolId, count: d.count })),
    shuffle: input.shuffle ?? true,
    timeLimitMinutes: limit,
    maxAttempts,
    passMark,
    reviewAllowed: input.reviewAllowed ?? true,
    lessonsRequiredBeforeTest: input.lessonsRequiredBeforeTest ?? false,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.test_created',
    entityType: 'CourseTest',
    entityId: test.id,
    data: { courseId: course.id, passMark, maxAttempts, timeLimitMinutes: limit },
  });
  return test;
}
