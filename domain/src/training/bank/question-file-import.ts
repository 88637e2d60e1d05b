import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { LOCALES, type Locale, type LocalizedText } from '../../kernel/locale.js';
import { readImportTable, type ImportFile, type ImportShape } from '../../org/import-table.js';
import { importProblems, type ImportRowError } from '../../org/people-import-rows.js';
import { getCourse } from '../authoring/courses.js';
import { Question, QuestionPool, type IQuestionPool } from './question.entity.js';
import { MAX_QUESTIONS_PER_IMPORT } from './questions.js';
import { requireTrainingManager } from '../training-roles.js';
import { courseForBankChange, liveQuestionsOfCourse, poolsOfCourse } from './question-bank.js';
import { checkedDraft, draftOf, type QuestionDraft } from './question-draft.js';
import { QUESTION_SHEET_COLUMNS, questionSheetRow, readQuestionSheet } from './question-sheet.js';

const QUESTION_TABLE: ImportShape = { columns: QUESTION_SHEET_COLUMNS, maxRows: MAX_QUESTIONS_PER_IMPORT };

/** A question the import would add: its row and pool as the file gives them. */
export interface QuestionImportRow {
  row: number;
  pool: string;
  /** Whether the import creates the pool: no pool of the course's bank has this title. */
  newPool: boolean;
  draft: QuestionDraft;
}

export interface QuestionImportPreview {
  rows: QuestionImportRow[];
  /** Every problem of every row; any means the import writes nothing. */
  errors: ImportRowError[];
  poolsToCreate: string[];
}

function sameTitle(title: LocalizedText, name: string): boolean {
  const wanted = name.toLocaleLowerCase();
  return LOCALES.some((locale) => title[locale].trim().replace(/\s+/g, ' ').toLocaleLowerCase() === wanted);
}

function checkFile(
  pools: readonly IQuestionPool[],
  sheet: ReturnType<typeof readQuestionSheet>,
): QuestionImportPreview {
  const rows = sheet.questions.map((q) => ({
    row: q.row,
    pool: q.pool,
    newPool: !pools.some((pool) => sameTitle(pool.title, q.pool)),
    draft: q.draft,
  }));
  const poolsToCreate: string[] = [];
  for (const row of rows) {
    if (
      row.newPool &&
      !poolsToCreate.some((name) => name.toLocaleLowerCase() === row.pool.toLocaleLowerCase())
    ) {
      poolsToCreate.push(row.pool);
    }
  }
  return { rows, errors: sheet.errors, poolsToCreate };
}

async function readFile(file: ImportFile) {
  return readQuestionSheet(await readImportTable(file, QUESTION_TABLE));
}

/** What importing the file into a course's bank would add, and every problem of every row; writes nothing. */
export async function previewTrainingQuestionImport(
  em: EntityManager,
  actor: Actor,
  courseId: string,
  file: ImportFile,
): Promise<QuestionImportPreview> {
  requireTrainingManager(actor, 'import questions');
  const course = await getCourse(em, actor, courseId);
  const sheet = await readFile(file);
  const pools = await em.find(QuestionPool, { course: course.id, deletedAt: null });
  return checkFile(pools, sheet);
}

/**
 * Adds the file's questions to a course's bank, all or nothing: any bad row refuses the whole
 * file (VALIDATION with every row's problem) and writes nothing. A pool the file names that the
 * bank does not hold is created, titled as the file names it.
 */
export async function importTrainingQuestionFile(
  em: EntityManager,
  actor: Actor,
  courseId: string,
  file: ImportFile,
): Promise<{ created: number; poolsCreated: number }> {
  requireTrainingManager(actor, 'import questions');
  // The file is read before the lock, so that a slow file never holds up the bank.
  const sheet = await readFile(file);
  const course = await courseForBankChange(em, actor, courseId);
  const pools = await poolsOfCourse(em, course.id);
  const checked = checkFile(pools, sheet);
  if (checked.errors.length > 0)
    throw ValidationError.because('import.rowProblems', importProblems(checked.errors));
  const byName = new Map<string, IQuestionPool>();
  for (const name of checked.poolsToCreate) {
    const pool = em.create(QuestionPool, {
      id: newId(),
      organization: actor.organizationId,
      course,
      topic: course.topic,
      title: { kk: name, ru: name, en: name },
      deletedAt: null,
    });
    byName.set(name.toLocaleLowerCase(), pool);
  }
  for (const row of checked.rows) {
    const pool = pools.find((p) => sameTitle(p.title, row.pool)) ?? byName.get(row.pool.toLocaleLowerCase());
    if (!pool) throw new Error(`no pool for row ${row.row}`);
    em.create(Question, {
      id: newId(),
      organization: actor.organizationId,
      pool,
      ...checkedDraft(row.draft),
      retiredAt: null,
    });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.questions_imported',
    entityType: 'Course',
    entityId: course.id,
    data: { created: checked.rows.length, poolsCreated: checked.poolsToCreate.length },
  });
  return { created: checked.rows.length, poolsCreated: checked.poolsToCreate.length };
}

/** The course's live questions as rows of the sheet, with the headers in the reader's language. */
export async function trainingQuestionSheet(
  em: EntityManager,
  actor: Actor,
  courseId: string,
  locale: Locale,
): Promise<{ courseTitle: LocalizedText; rows: string[][] }> {
  requireTrainingManager(actor, 'export questions');
  const course = await getCourse(em, actor, courseId);
  const pools = await em.find(
    QuestionPool,
    { course: course.id, deletedAt: null },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const questions = await liveQuestionsOfCourse(em, pools);
  const titleOf = new Map(pools.map((pool) => [pool.id, pool.title[locale]]));
  return {
    courseTitle: course.title,
    rows: questions.map((q) => questionSheetRow(titleOf.get(q.pool.id) ?? '', draftOf(q), locale)),
  };
}
