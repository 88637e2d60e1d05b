import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { checkedPage } from '../../kernel/paging.js';
import { isUuid } from '../../org/org-queries.js';
import { CourseTest } from '../authoring/course-test.entity.js';
import { Course, type ICourse } from '../authoring/course.entity.js';
import { getCourse } from '../authoring/courses.js';
import { lacksKazakhOrRussian, toLocalizedText, type LocalizedInput } from '../localized-input.js';
import {
  Question,
  QuestionPool,
  type IQuestion,
  type IQuestionPool,
  type QuestionKind,
} from './question.entity.js';
import { requireTrainingManager } from '../training-roles.js';
import { checkedDraft, draftOf, draftProblems, type QuestionDraft } from './question-draft.js';

/**
 * A course's question bank (§33: knowledge is measured by tests drawn from it): its pools and
 * their questions. Every change takes the course's row lock first, so changes of one bank, its
 * test settings and its imports take turns, each reading what the previous one committed.
 */
export async function courseForBankChange(
  em: EntityManager,
  actor: Actor,
  courseId: string,
): Promise<ICourse> {
  requireTrainingManager(actor, 'change question banks');
  const course = await getCourse(em, actor, courseId);
  await lockRow(em, Course, course.id);
  return course;
}

/** The live pools of a course's bank, read afresh (after the lock). */
export async function poolsOfCourse(em: EntityManager, courseId: string): Promise<IQuestionPool[]> {
  return em.find(
    QuestionPool,
    { course: courseId, deletedAt: null },
    { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true },
  );
}

/**
 * The pool, with the course whose bank it is part of locked; NOT_FOUND when absent or (unless
 * `deleted` says to take it) deleted.
 */
async function poolForChange(
  em: EntityManager,
  actor: Actor,
  poolId: string,
  deleted: 'live' | 'either' = 'live',
): Promise<IQuestionPool> {
  requireTrainingManager(actor, 'change question banks');
  const found = isUuid(poolId)
    ? await em.findOne(QuestionPool, { id: poolId, organization: actor.organizationId })
    : null;
  if (!found || (deleted === 'live' && found.deletedAt)) throw NotFoundError.forId('QuestionPool', poolId);
  if (found.course) await lockRow(em, Course, found.course.id);
  else await lockRow(em, QuestionPool, found.id);
  const pool = await em.findOne(QuestionPool, { id: poolId }, { refresh: true });
  if (!pool || (deleted === 'live' && pool.deletedAt)) throw NotFoundError.forId('QuestionPool', poolId);
  return pool;
}

/** The live question, with its bank locked; NOT_FOUND when absent, CONFLICT when retired. */
async function questionForChange(em: EntityManager, actor: Actor, questionId: string): Promise<IQuestion> {
  requireTrainingManager(actor, 'change questions');
  const found = isUuid(questionId)
    ? await em.findOne(
        Question,
        { id: questionId, organization: actor.organizationId },
        { populate: ['pool'] },
      )
    : null;
  if (!found) throw NotFoundError.forId('Question', questionId);
  await poolForChange(em, actor, found.pool.id);
  const question = await em.findOne(Question, { id: questionId }, { refresh: true });
  if (!question) throw NotFoundError.forId('Question', questionId);
  if (question.retiredAt) throw ConflictError.because('training.question.retired', { questionId });
  return question;
}

function poolTitle(title: LocalizedInput): LocalizedText {
  if (lacksKazakhOrRussian(title)) throw ValidationError.because('training.pool.title', { field: 'title' });
  return toLocalizedText(title);
}

/** Adds a pool to a course's bank; it takes the course's topic. */
export async function createCoursePool(
  em: EntityManager,
  actor: Actor,
  input: { courseId: string; title: LocalizedInput },
): Promise<IQuestionPool> {
  const course = await courseForBankChange(em, actor, input.courseId);
  const title = poolTitle(input.title);
  const pool = em.create(QuestionPool, {
    id: newId(),
    organization: actor.organizationId,
    course,
    topic: course.topic,
    title,
    deletedAt: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.question_pool_created',
    entityType: 'QuestionPool',
    entityId: pool.id,
    data: { courseId: course.id },
  });
  return pool;
}

export async function renameQuestionPool(
  em: EntityManager,
  actor: Actor,
  input: { poolId: string; title: LocalizedInput },
): Promise<IQuestionPool> {
  const pool = await poolForChange(em, actor, input.poolId);
  const title = poolTitle(input.title);
  const before = pool.title;
  pool.title = title;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.question_pool_renamed',
    entityType: 'QuestionPool',
    entityId: pool.id,
    data: { before, after: title },
  });
  return pool;
}

/**
 * Deletes an empty pool from its bank: one that holds no live question and that the course's
 * test does not draw from. The pool stays, marked deleted, for the retired questions old
 * attempts name; deleting it again changes nothing.
 */
export async function deleteQuestionPool(
  em: EntityManager,
  actor: Actor,
  input: { poolId: string },
  now: Date = new Date(),
): Promise<IQuestionPool> {
  const pool = await poolForChange(em, actor, input.poolId, 'either');
  // Deleting a deleted pool again changes nothing.
  if (pool.deletedAt) return pool;
  const count = await em.count(Question, { pool: pool.id, retiredAt: null });
  if (count > 0) throw ConflictError.because('training.pool.notEmpty', { count, field: 'pool' });
  const tests = pool.course ? await em.find(CourseTest, { course: pool.course.id }, { refresh: true }) : [];
  if (tests.some((test) => test.draws.some((draw) => draw.poolId === pool.id))) {
    throw ConflictError.because('training.pool.drawnByTest', { field: 'pool' });
  }
  pool.deletedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.question_pool_deleted',
    entityType: 'QuestionPool',
    entityId: pool.id,
    data: { courseId: pool.course?.id ?? null },
  });
  return pool;
}

/** The first problem of a draft as the error shown next to its field. */
function refuseDraft(draft: QuestionDraft): void {
  const [first] = draftProblems(draft);
  if (first) {
    throw ValidationError.because(first.messageKey as 'training.question.noRightAnswer', {
      ...first.params,
      field: first.field,
    });
  }
}

export async function createTrainingQuestion(
  em: EntityManager,
  actor: Actor,
  poolId: string,
  draft: QuestionDraft,
): Promise<IQuestion> {
  const pool = await poolForChange(em, actor, poolId);
  refuseDraft(draft);
  const question = em.create(Question, {
    id: newId(),
    organization: actor.organizationId,
    pool,
    ...checkedDraft(draft),
    retiredAt: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.question_created',
    entityType: 'Question',
    entityId: question.id,
    data: { poolId: pool.id, kind: question.kind },
  });
  return question;
}

/** The pool of the same bank a question moves to; its own when none is named. */
async function targetPool(
  em: EntityManager,
  current: IQuestionPool,
  poolId: string | null,
): Promise<IQuestionPool> {
  if (!poolId || poolId === current.id) return current;
  const pool =
    isUuid(poolId) && current.course
      ? await em.findOne(QuestionPool, { id: poolId, course: current.course.id, deletedAt: null })
      : null;
  if (!pool) throw ValidationError.because('training.test.drawPool', { field: 'poolId' });
  return pool;
}

/** Whether any attempt drew the question: its text, options and key then stay as they were. */
async function drawnByAnAttempt(em: EntityManager, question: IQuestion): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    `select 1 from "attempt" where "organization_id" = ? and "questions" @> ?::jsonb limit 1`,
    [question.organization.id, JSON.stringify([{ questionId: question.id }])],
  );
  return rows.length > 0;
}

/**
 * Changes a question. A question no attempt has drawn changes in place; one that attempts drew
 * is retired and replaced by an edited copy (a new id), so that what those attempts scored and
 * show in their review never changes. Answers the question as it now is.
 */
export async function editTrainingQuestion(
  em: EntityManager,
  actor: Actor,
  questionId: string,
  draft: QuestionDraft & { poolId?: string | null },
  now: Date = new Date(),
): Promise<IQuestion> {
  const question = await questionForChange(em, actor, questionId);
  const pool = await targetPool(em, question.pool as IQuestionPool, draft.poolId ?? null);
  if (pool.id !== question.pool.id) await keepDrawable(em, question.pool as IQuestionPool);
  refuseDraft(draft);
  const checked = checkedDraft(draft);
  const replaced = await drawnByAnAttempt(em, question);
  let current = question;
  if (replaced) {
    question.retiredAt = now;
    current = em.create(Question, {
      id: newId(),
      organization: actor.organizationId,
      pool,
      ...checked,
      retiredAt: null,
    });
  } else {
    Object.assign(question, checked);
    question.pool = pool;
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.question_edited',
    entityType: 'Question',
    entityId: question.id,
    data: { replacedBy: replaced ? current.id : null, kind: current.kind, poolId: pool.id },
  });
  return current;
}

/**
 * Refuses to take a question out of its pool when the course's test draws as many as the pool
 * holds: the next attempt could not be drawn. Lower the draw first. The bank is locked.
 */
async function keepDrawable(em: EntityManager, pool: IQuestionPool): Promise<void> {
  if (!pool.course) return;
  const test = await em.findOne(CourseTest, { course: pool.course.id }, { refresh: true });
  const draw = test?.draws.find((d) => d.poolId === pool.id);
  if (!draw) return;
  const holds = await em.count(Question, { pool: pool.id, retiredAt: null });
  if (holds - 1 < draw.count) {
    throw ConflictError.because('training.question.drawNeedsIt', { count: draw.count, holds: holds - 1 });
  }
}

/** Takes a question out of the bank: never drawn again, kept unchanged for the attempts that drew it. */
export async function retireTrainingQuestion(
  em: EntityManager,
  actor: Actor,
  questionId: string,
  now: Date = new Date(),
): Promise<IQuestion> {
  const question = await questionForChange(em, actor, questionId);
  await keepDrawable(em, question.pool as IQuestionPool);
  question.retiredAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.question_retired',
    entityType: 'Question',
    entityId: question.id,
    data: { poolId: question.pool.id },
  });
  return question;
}

export interface BankPool {
  id: string;
  title: LocalizedText;
  questionCount: number;
}

export interface BankQuestion extends QuestionDraft {
  id: string;
  poolId: string;
  createdAt: Date;
}

export interface QuestionBank {
  courseId: string;
  courseTitle: LocalizedText;
  pools: BankPool[];
  total: number;
  questions: BankQuestion[];
}

export const BANK_PAGE = { max: 100, defaultLimit: 20 } as const;

function matchesSearch(question: IQuestion, needle: string): boolean {
  const texts = [
    question.text,
    ...question.options.map((o) => o.text),
    ...(question.matches ?? []).map((m) => m.text),
  ];
  return texts.some((text) =>
    Object.values(text).some((value) => value.toLocaleLowerCase().includes(needle)),
  );
}

/** The live questions of a course's bank, in its pools' order and then oldest first. */
export async function liveQuestionsOfCourse(
  em: EntityManager,
  pools: readonly IQuestionPool[],
): Promise<IQuestion[]> {
  if (pools.length === 0) return [];
  const order = new Map(pools.map((pool, i) => [pool.id, i]));
  const questions = await em.find(
    Question,
    { pool: { $in: pools.map((pool) => pool.id) }, retiredAt: null },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return questions.sort((a, b) => (order.get(a.pool.id) ?? 0) - (order.get(b.pool.id) ?? 0));
}

/** A course's bank for its managers: the pools with their counts and a page of questions with their keys. */
export async function trainingQuestionBank(
  em: EntityManager,
  actor: Actor,
  courseId: string,
  filter: {
    search?: string | null;
    kind?: QuestionKind | null;
    poolId?: string | null;
    limit?: number | null;
    offset?: number | null;
  } = {},
): Promise<QuestionBank> {
  requireTrainingManager(actor, 'read question banks');
  const { limit, offset } = checkedPage(filter, BANK_PAGE);
  const course = await getCourse(em, actor, courseId);
  const pools = await em.find(
    QuestionPool,
    { course: course.id, deletedAt: null },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const questions = await liveQuestionsOfCourse(em, pools);
  const needle = filter.search?.trim().toLocaleLowerCase() ?? '';
  const found = questions.filter(
    (q) =>
      (!filter.kind || q.kind === filter.kind) &&
      (!filter.poolId || q.pool.id === filter.poolId) &&
      (needle === '' || matchesSearch(q, needle)),
  );
  return {
    courseId: course.id,
    courseTitle: course.title,
    pools: pools.map((pool) => ({
      id: pool.id,
      title: pool.title,
      questionCount: questions.filter((q) => q.pool.id === pool.id).length,
    })),
    total: found.length,
    questions: found.slice(offset, offset + limit).map((q) => ({
      id: q.id,
      poolId: q.pool.id,
      createdAt: q.createdAt,
      ...draftOf(q),
    })),
  };
}
