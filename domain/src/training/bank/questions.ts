import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { importProblems } from '../../org/people-import-rows.js';
import type { CourseTopic } from '../authoring/course.entity.js';
import { lacksKazakhOrRussian, toLocalizedText, type LocalizedInput } from '../localized-input.js';
import { getCourse } from '../authoring/courses.js';
import { checkQuestionRows, type QuestionInput } from './question-rows.js';
import { Question, QuestionPool, type IQuestionPool } from './question.entity.js';
import { requireTrainingManager } from '../training-roles.js';

export const MAX_QUESTIONS_PER_IMPORT = 1_000;

export async function createQuestionPool(
  em: EntityManager,
  actor: Actor,
  input: { topic: CourseTopic; title: LocalizedInput; courseId?: string },
): Promise<IQuestionPool> {
  requireTrainingManager(actor, 'create question pools');
  const course = input.courseId ? await getCourse(em, actor, input.courseId) : null;
  if (lacksKazakhOrRussian(input.title)) {
    throw ValidationError.because('training.localizedRequired', { field: 'title', what: 'The pool title' });
  }
  const pool = em.create(QuestionPool, {
    id: newId(),
    organization: actor.organizationId,
    course,
    topic: input.topic,
    title: toLocalizedText(input.title),
    deletedAt: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.question_pool_created',
    entityType: 'QuestionPool',
    entityId: pool.id,
    data: { topic: input.topic },
  });
  return pool;
}

/**
 * Adds questions to a pool. Every row is checked first; if any is wrong (e.g. no correct
 * answer marked) nothing is written and the error lists every problem with its row.
 */
export async function importQuestions(
  em: EntityManager,
  actor: Actor,
  input: { poolId: string; questions: readonly QuestionInput[] },
): Promise<{ created: number }> {
  requireTrainingManager(actor, 'import questions');
  const pool = isUuid(input.poolId)
    ? await em.findOne(QuestionPool, {
        id: input.poolId,
        organization: actor.organizationId,
        deletedAt: null,
      })
    : null;
  if (!pool) throw NotFoundError.forId('QuestionPool', input.poolId);
  if (input.questions.length === 0) throw ValidationError.because('training.questions.importEmpty');
  if (input.questions.length > MAX_QUESTIONS_PER_IMPORT) {
    throw ValidationError.because('training.questions.importTooMany', { max: MAX_QUESTIONS_PER_IMPORT });
  }
  const { questions, errors } = checkQuestionRows(input.questions);
  if (errors.length > 0) {
    throw ValidationError.because('import.rowProblems', importProblems(errors));
  }
  for (const question of questions) {
    em.create(Question, {
      id: newId(),
      organization: actor.organizationId,
      pool,
      ...question,
      retiredAt: null,
    });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.questions_imported',
    entityType: 'QuestionPool',
    entityId: pool.id,
    data: { created: questions.length },
  });
  return { created: questions.length };
}
