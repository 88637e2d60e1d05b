import ExcelJS from 'exceljs';
import type { AbstractSqlDriver } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261204150000_course_question_banks as BanksMigration } from '../../../migrations/Migration20261204150000_course_question_banks.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { ConflictError } from '../../kernel/errors.js';
import { ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import type { Locale } from '../../kernel/locale.js';
import { concurrently, outcomes, type TestDatabase } from '../../testing/index.js';
import { attemptResult } from '../quiz/attempt-views.js';
import { saveAnswer, startAttempt, submitAttempt } from '../quiz/attempts.js';
import { CourseTest } from '../authoring/course-test.entity.js';
import { createCourseTest } from '../authoring/course-tests.js';
import { createCourse } from '../authoring/courses.js';
import { createQuestionPool, importQuestions } from './questions.js';
import { Question, QuestionPool } from './question.entity.js';
import {
  answerKeys,
  assignToEveryone,
  buildPublishedCourse,
  createTrainingDatabase,
  rightAnswer,
  type TrainingDatabase,
} from '../training-fixtures.js';
import {
  createCoursePool,
  createTrainingQuestion,
  deleteQuestionPool,
  editTrainingQuestion,
  renameQuestionPool,
  retireTrainingQuestion,
  trainingQuestionBank,
} from './question-bank.js';
import type { QuestionDraft } from './question-draft.js';
import {
  importTrainingQuestionFile,
  previewTrainingQuestionImport,
  trainingQuestionSheet,
} from './question-file-import.js';
import { QUESTION_SHEET_COLUMNS, questionSheetHeader } from './question-sheet.js';
import { editTrainingTest, type TestSettingsInput } from './test-settings.js';

let db: TestDatabase;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];

beforeAll(async () => {
  ({ db, manager, inTx } = await createTrainingDatabase());
});

afterAll(async () => {
  await db?.drop();
});

async function newCourse(title = 'Сыйлықтар'): Promise<string> {
  const { course } = await inTx((em) =>
    createCourse(em, manager, {
      topic: 'gifts',
      title: { kk: title, ru: `${title} (ru)` },
      description: { kk: 'С', ru: 'О' },
      lessons: [],
    }),
  );
  return course.id;
}

async function newPool(courseId: string, title = 'Негізгі'): Promise<string> {
  const pool = await inTx((em) =>
    createCoursePool(em, manager, { courseId, title: { kk: title, ru: title } }),
  );
  return pool.id;
}

function single(n: number): QuestionDraft {
  return {
    kind: 'single',
    text: { kk: `Сұрақ ${n}`, ru: `Вопрос ${n}`, en: `Question ${n}` },
    options: [
      { text: { kk: 'Дұрыс', ru: 'Верно', en: 'Right' }, correct: true },
      { text: { kk: 'Қате', ru: 'Неверно', en: 'Wrong' } },
    ],
    explanation: { kk: 'Себебі', ru: 'Потому что', en: 'Because' },
  };
}

const matching: QuestionDraft = {
  kind: 'matching',
  text: { kk: 'Мерзімдер', ru: 'Сроки', en: 'Terms' },
  options: [
    { text: { kk: 'Сыйлық', ru: 'Подарок', en: 'Gift' }, match: 1 },
    { text: { kk: 'Ақша', ru: 'Деньги', en: 'Money' }, match: 0 },
  ],
  matches: [
    { kk: '2 апта', ru: '2 недели', en: '2 weeks' },
    { kk: '7 күн', ru: '7 дней', en: '7 days' },
  ],
  explanation: null,
};

async function refusal(work: Promise<unknown>): Promise<{ key: string; details: Record<string, unknown> }> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  const { messageKey, details } = error as ValidationError;
  return { key: String(messageKey), details: details ?? {} };
}

const settings: TestSettingsInput = {
  draws: [],
  shuffle: true,
  timeLimitMinutes: 20,
  maxAttempts: 3,
  passMark: 70,
  reviewAllowed: true,
};

describe('the question bank of a course', () => {
  it('adds, lists, edits and retires questions of every kind, each change on the audit trail', async () => {
    const courseId = await newCourse();
    const poolId = await newPool(courseId);
    const first = await inTx((em) => createTrainingQuestion(em, manager, poolId, single(1)));
    await inTx((em) => createTrainingQuestion(em, manager, poolId, matching));
    let bank = await trainingQuestionBank(db.orm.em.fork(), manager, courseId);
    expect(bank.pools).toEqual([expect.objectContaining({ id: poolId, questionCount: 2 })]);
    expect(bank.questions.map((q) => q.kind)).toEqual(['single', 'matching']);
    expect(bank.questions[1]).toMatchObject(matching);
    expect(bank.questions[0]?.explanation).toEqual({ kk: 'Себебі', ru: 'Потому что', en: 'Because' });

    const edited = await inTx((em) =>
      editTrainingQuestion(em, manager, first.id, { ...single(1), text: { kk: 'Жаңа', ru: 'Новый' } }),
    );
    // Nobody drew it: it changes in place.
    expect(edited.id).toBe(first.id);
    bank = await trainingQuestionBank(db.orm.em.fork(), manager, courseId, { search: 'новый' });
    expect(bank.questions.map((q) => q.id)).toEqual([first.id]);
    bank = await trainingQuestionBank(db.orm.em.fork(), manager, courseId, { kind: 'matching' });
    expect(bank.total).toBe(1);

    await inTx((em) => retireTrainingQuestion(em, manager, first.id));
    bank = await trainingQuestionBank(db.orm.em.fork(), manager, courseId);
    expect(bank.pools[0]?.questionCount).toBe(1);
    expect((await refusal(inTx((em) => retireTrainingQuestion(em, manager, first.id)))).key).toBe(
      'training.question.retired',
    );
    const actions = (
      await db.orm.em.fork().find(AuditEvent, { entityId: first.id }, { orderBy: { seq: 'asc' } })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'training.question_created',
        'training.question_edited',
        'training.question_retired',
      ]),
    );
  });

  it('refuses a bad question with its typed error next to the field and changes nothing', async () => {
    const courseId = await newCourse();
    const poolId = await newPool(courseId);
    const before = await db.orm.em.fork().count(Question, {});
    const none = await refusal(
      inTx((em) =>
        createTrainingQuestion(em, manager, poolId, {
          ...single(1),
          options: single(1).options.map((o) => ({ text: o.text })),
        }),
      ),
    );
    expect(none).toMatchObject({ key: 'training.question.noRightAnswer', details: { field: 'options' } });
    const all = await refusal(
      inTx((em) =>
        createTrainingQuestion(em, manager, poolId, {
          ...single(1),
          options: single(1).options.map((o) => ({ text: o.text, correct: true })),
        }),
      ),
    );
    expect(all).toMatchObject({ key: 'training.question.allRight', details: { field: 'options' } });
    const unpaired = await refusal(
      inTx((em) =>
        createTrainingQuestion(em, manager, poolId, {
          ...matching,
          options: [matching.options[0]!, { ...matching.options[1]!, match: null }],
        }),
      ),
    );
    expect(unpaired).toMatchObject({
      key: 'training.question.unpaired',
      details: { field: 'options.1.match' },
    });
    expect(await db.orm.em.fork().count(Question, {})).toBe(before);
  });

  it('creates, renames and deletes only an empty pool, and keeps the questions the test draws', async () => {
    const courseId = await newCourse();
    const poolId = await newPool(courseId, 'Бірінші');
    await inTx((em) => renameQuestionPool(em, manager, { poolId, title: { kk: 'Екінші', ru: 'Второй' } }));
    const question = await inTx((em) => createTrainingQuestion(em, manager, poolId, single(1)));
    expect((await refusal(inTx((em) => deleteQuestionPool(em, manager, { poolId })))).key).toBe(
      'training.pool.notEmpty',
    );
    await inTx((em) =>
      editTrainingTest(em, manager, courseId, { ...settings, draws: [{ poolId, count: 1 }] }),
    );
    // The test draws the pool's only question: it stays until the draw is lowered or moved.
    expect((await refusal(inTx((em) => retireTrainingQuestion(em, manager, question.id)))).key).toBe(
      'training.question.drawNeedsIt',
    );
    const spare = await newPool(courseId, 'Қосалқы');
    await inTx((em) => createTrainingQuestion(em, manager, spare, single(2)));
    await inTx((em) =>
      editTrainingTest(em, manager, courseId, { ...settings, draws: [{ poolId: spare, count: 1 }] }),
    );
    await inTx((em) => retireTrainingQuestion(em, manager, question.id));
    await inTx((em) => deleteQuestionPool(em, manager, { poolId }));
    const other = await newPool(courseId, 'Үшінші');
    await inTx((em) => deleteQuestionPool(em, manager, { poolId: other }));
    const bank = await trainingQuestionBank(db.orm.em.fork(), manager, courseId);
    expect(bank.pools.map((p) => p.title.ru)).toEqual(['Қосалқы']);
    expect((await db.orm.em.fork().findOneOrFail(QuestionPool, other)).deletedAt).toBeInstanceOf(Date);
  });
});

describe('the pools made before banks were per course', () => {
  it('are given the course whose test draws from them', async () => {
    const courseId = await newCourse('Ескі');
    const legacy = await inTx(async (em) => {
      const pool = await createQuestionPool(em, manager, {
        topic: 'gifts',
        title: { kk: 'Ескі', ru: 'Старый' },
      });
      await em.flush();
      await importQuestions(em, manager, {
        poolId: pool.id,
        questions: [
          {
            kind: 'true_false',
            text: { kk: 'С', ru: 'В' },
            options: [{ text: { kk: 'Иә', ru: 'Да' }, correct: true }, { text: { kk: 'Жоқ', ru: 'Нет' } }],
          },
        ],
      });
      await createCourseTest(em, manager, { courseId, draws: [{ poolId: pool.id, count: 1 }] });
      return pool.id;
    });
    const orphan = await inTx((em) =>
      createQuestionPool(em, manager, { topic: 'gifts', title: { kk: 'Жалғыз', ru: 'Один' } }),
    );
    expect((await db.orm.em.fork().findOneOrFail(QuestionPool, legacy)).course).toBeNull();
    const migration = new BanksMigration(db.orm.em.getDriver() as AbstractSqlDriver, db.orm.config);
    await migration.up();
    const backfill = migration.getQueries().find((q) => String(q).startsWith('update "question_pool"'));
    await db.orm.em.getConnection().execute(String(backfill));
    expect((await db.orm.em.fork().findOneOrFail(QuestionPool, legacy)).course?.id).toBe(courseId);
    expect((await db.orm.em.fork().findOneOrFail(QuestionPool, orphan.id)).course).toBeNull();
    expect((await trainingQuestionBank(db.orm.em.fork(), manager, courseId)).pools).toEqual([
      { id: legacy, title: { kk: 'Ескі', ru: 'Старый', en: 'Старый' }, questionCount: 1 },
    ]);
  });
});

describe('questions that attempts drew', () => {
  it('keeps what a submitted attempt scored and shows when its question is edited or retired', async () => {
    const built = await buildPublishedCourse(db.orm, manager, {
      questions: 3,
      draw: 2,
      title: { kk: 'Т', ru: 'Т' },
    });
    await assignToEveryone(db.orm, manager, built.course.id);
    const attempt = await inTx((em) => startAttempt(em, manager, { testId: built.test.id }));
    const keys = await answerKeys(
      db.orm.em.fork(),
      attempt.questions.map((q) => q.questionId),
    );
    const [first, second] = attempt.questions;
    // The first question is answered right, then edited so that another option is right.
    await inTx((em) =>
      saveAnswer(em, manager, {
        attemptId: attempt.id,
        questionId: first!.questionId,
        answer: rightAnswer(keys.get(first!.questionId)!),
      }),
    );
    await inTx((em) =>
      saveAnswer(em, manager, {
        attemptId: attempt.id,
        questionId: second!.questionId,
        answer: rightAnswer(keys.get(second!.questionId)!),
      }),
    );
    const old = keys.get(first!.questionId)!;
    const replaced = await inTx((em) =>
      editTrainingQuestion(em, manager, old.id, {
        kind: 'single',
        text: { kk: 'Өзгерген', ru: 'Изменённый' },
        options: [
          { text: { kk: 'А', ru: 'А' } },
          { text: { kk: 'Б', ru: 'Б' }, correct: true },
          { text: { kk: 'В', ru: 'В' } },
        ],
      }),
    );
    await inTx((em) => retireTrainingQuestion(em, manager, second!.questionId));
    expect(replaced.id).not.toBe(old.id);
    const kept = await db.orm.em.fork().findOneOrFail(Question, old.id);
    expect(kept.retiredAt).toBeInstanceOf(Date);
    expect(kept.answerKey).toEqual(old.answerKey);
    expect(kept.text).toEqual(old.text);

    await inTx((em) => submitAttempt(em, manager, { attemptId: attempt.id }));
    const result = await attemptResult(db.orm.em.fork(), manager, attempt.id);
    expect(result).toMatchObject({ scorePercent: 100, passed: true, wrongQuestionIds: [] });
    // The bank now holds the edited copy only; the retired ones are never drawn again.
    const bank = await trainingQuestionBank(db.orm.em.fork(), manager, built.course.id);
    const ids = bank.questions.map((q) => q.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(replaced.id);
    expect(ids).not.toContain(old.id);
    expect(ids).not.toContain(second!.questionId);
  });
});

describe('test settings', () => {
  it('sets the draws, time limit, attempts, pass mark and review, and refuses what breaks a rule', async () => {
    const courseId = await newCourse();
    const poolId = await newPool(courseId);
    for (const n of [1, 2, 3]) await inTx((em) => createTrainingQuestion(em, manager, poolId, single(n)));
    const tooLow = await refusal(
      inTx((em) =>
        editTrainingTest(em, manager, courseId, { ...settings, draws: [{ poolId, count: 1 }], passMark: 59 }),
      ),
    );
    expect(tooLow).toMatchObject({ key: 'training.test.passMarkTooLow', details: { field: 'passMark' } });
    const tooMany = await refusal(
      inTx((em) => editTrainingTest(em, manager, courseId, { ...settings, draws: [{ poolId, count: 4 }] })),
    );
    expect(tooMany).toMatchObject({
      key: 'training.test.drawTooMany',
      details: { field: 'draws.0.count', holds: 3 },
    });
    for (const [change, field] of [
      [{ timeLimitMinutes: 241 }, 'timeLimitMinutes'],
      [{ timeLimitMinutes: 0 }, 'timeLimitMinutes'],
      [{ maxAttempts: 11 }, 'maxAttempts'],
      [{ maxAttempts: 0 }, 'maxAttempts'],
      [{ passMark: 101 }, 'passMark'],
    ] as const) {
      const refused = await refusal(
        inTx((em) =>
          editTrainingTest(em, manager, courseId, { ...settings, draws: [{ poolId, count: 1 }], ...change }),
        ),
      );
      expect(refused.details['field']).toBe(field);
    }
    expect(await db.orm.em.fork().count(CourseTest, { course: courseId })).toBe(0);

    await inTx((em) =>
      editTrainingTest(em, manager, courseId, { ...settings, draws: [{ poolId, count: 3 }], passMark: 60 }),
    );
    await inTx((em) =>
      editTrainingTest(em, manager, courseId, {
        draws: [{ poolId, count: 2 }],
        shuffle: false,
        timeLimitMinutes: null,
        maxAttempts: 10,
        passMark: 100,
        reviewAllowed: false,
      }),
    );
    const test = await db.orm.em.fork().findOneOrFail(CourseTest, { course: courseId });
    expect(test).toMatchObject({
      draws: [{ poolId, count: 2 }],
      shuffle: false,
      timeLimitMinutes: null,
      maxAttempts: 10,
      passMark: 100,
      reviewAllowed: false,
    });
    const audit = await db.orm.em.fork().find(AuditEvent, { entityId: test.id }, { orderBy: { seq: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['training.test_created', 'training.test_edited']);
  });

  it('never lets a pool hold fewer questions than the saved draw when settings and retirements race', async () => {
    const courseId = await newCourse();
    const poolId = await newPool(courseId);
    const questions: { id: string }[] = [];
    for (const n of [1, 2])
      questions.push(await inTx((em) => createTrainingQuestion(em, manager, poolId, single(n))));
    // Four saves of the settings at once, each a different count, beside a retirement.
    const settled = await concurrently(db.orm, 4, (em, i) =>
      i === 3
        ? retireTrainingQuestion(em, manager, questions[0]!.id).then(() => null)
        : editTrainingTest(em, manager, courseId, {
            ...settings,
            draws: [{ poolId, count: i === 0 ? 2 : 1 }],
          }),
    );
    const { rejected } = outcomes(settled);
    for (const error of rejected) expect(['VALIDATION', 'CONFLICT']).toContain((error as ConflictError).code);
    const test = await db.orm.em.fork().findOneOrFail(CourseTest, { course: courseId });
    const live = await db.orm.em.fork().count(Question, { pool: poolId, retiredAt: null });
    expect(test.draws[0]!.count).toBeLessThanOrEqual(live);
  });

  it('deletes a pool once when four deletions race with an added question', async () => {
    const courseId = await newCourse();
    const poolId = await newPool(courseId);
    const settled = await concurrently(db.orm, 5, (em, i): Promise<unknown> =>
      i === 4
        ? createTrainingQuestion(em, manager, poolId, single(1))
        : deleteQuestionPool(em, manager, { poolId }),
    );
    const { rejected } = outcomes(settled);
    const pool = await db.orm.em.fork().findOneOrFail(QuestionPool, poolId);
    const live = await db.orm.em.fork().count(Question, { pool: poolId, retiredAt: null });
    // Either the question came first and no deletion went through, or one deletion did and the question was refused.
    expect(pool.deletedAt === null).toBe(live === 1);
    for (const error of rejected) expect(['CONFLICT', 'NOT_FOUND']).toContain((error as ConflictError).code);
    // A deletion that came after the first finds the pool deleted and changes nothing.
    const deletions = await db.orm.em
      .fork()
      .count(AuditEvent, { entityId: poolId, action: 'training.question_pool_deleted' });
    expect(deletions).toBe(pool.deletedAt === null ? 0 : 1);
  });
});

async function sheetFile(
  rows: readonly (readonly string[])[],
  locale: Locale,
  columns: readonly string[] = QUESTION_SHEET_COLUMNS,
): Promise<{ filename: string; content: Uint8Array }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Questions');
  sheet.addRow(columns.map((column) => questionSheetHeader(column, locale)));
  for (const row of rows) sheet.addRow([...row]);
  return { filename: 'questions.xlsx', content: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

function rowOf(values: Record<string, string>): string[] {
  return QUESTION_SHEET_COLUMNS.map((column) => values[column] ?? '');
}

describe('the spreadsheet of questions', () => {
  it('previews, then imports every row or none, and exports in the same layout', async () => {
    const courseId = await newCourse();
    const good = [
      rowOf({
        pool: 'Сыйлықтар',
        kind: 'Один ответ',
        text_kk: 'Сұрақ',
        text_ru: 'Вопрос',
        option_1_kk: 'А',
        option_1_ru: 'А',
        option_2_kk: 'Б',
        option_2_ru: 'Б',
        right: '2',
        explanation_kk: 'Т',
        explanation_ru: 'П',
      }),
      rowOf({
        pool: 'Сыйлықтар',
        kind: 'matching',
        text_kk: 'Сәйкестендір',
        text_ru: 'Сопоставьте',
        option_1_kk: 'Сыйлық',
        option_1_ru: 'Подарок',
        match_1_kk: '7 күн',
        match_1_ru: '7 дней',
        option_2_kk: 'Ақша',
        option_2_ru: 'Деньги',
        match_2_kk: '2 апта',
        match_2_ru: '2 недели',
      }),
    ];
    const bad = [
      rowOf({
        pool: 'Сыйлықтар',
        kind: 'Один ответ',
        text_kk: 'С',
        text_ru: 'В',
        option_1_kk: 'А',
        option_1_ru: 'А',
        option_2_kk: 'Б',
        option_2_ru: 'Б',
      }),
      rowOf({
        pool: 'Сыйлықтар',
        kind: 'Сәйкестендіру',
        text_kk: 'С',
        text_ru: 'В',
        option_1_kk: 'А',
        option_1_ru: 'А',
        match_1_kk: '1',
        match_1_ru: '1',
        option_2_kk: 'Б',
        option_2_ru: 'Б',
      }),
      rowOf({ pool: '', kind: 'essay', text_kk: 'С', text_ru: 'В' }),
      rowOf({
        pool: 'Сыйлықтар',
        kind: 'Single choice',
        text_kk: 'С',
        text_ru: 'В',
        option_1_kk: 'А',
        option_1_ru: 'А',
        option_2_kk: 'Б',
        option_2_ru: 'Б',
        right: '1, 9',
      }),
    ];
    const preview = await previewTrainingQuestionImport(
      db.orm.em.fork(),
      manager,
      courseId,
      await sheetFile([...good, ...bad], 'ru'),
    );
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(preview.poolsToCreate).toEqual(['Сыйлықтар']);
    expect(preview.errors.map((e) => [e.row, e.column, e.messageKey])).toEqual([
      [4, 'right', 'training.question.noRightAnswer'],
      [5, 'match_2_kk', 'training.question.unpaired'],
      [6, 'pool', 'training.questionImport.poolRequired'],
      [6, 'kind', 'training.questionImport.kindUnknown'],
      [7, 'right', 'training.questionImport.rightUnknown'],
    ]);
    const badFile = await sheetFile([...good, ...bad], 'kk');
    const error = await inTx((em) => importTrainingQuestionFile(em, manager, courseId, badFile)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(((error as ValidationError).details?.['errors'] as unknown[]).length).toBe(5);
    expect((await trainingQuestionBank(db.orm.em.fork(), manager, courseId)).pools).toEqual([]);

    expect(
      await inTx(async (em) =>
        importTrainingQuestionFile(em, manager, courseId, await sheetFile(good, 'en')),
      ),
    ).toEqual({ created: 2, poolsCreated: 1 });
    const bank = await trainingQuestionBank(db.orm.em.fork(), manager, courseId);
    expect(bank.pools).toEqual([expect.objectContaining({ questionCount: 2 })]);

    // The export, read back by the import, gives the same questions in the same pool.
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const exported = await trainingQuestionSheet(db.orm.em.fork(), manager, courseId, locale);
      expect(exported.rows).toHaveLength(2);
      const again = await previewTrainingQuestionImport(
        db.orm.em.fork(),
        manager,
        courseId,
        await sheetFile(exported.rows, locale),
      );
      expect(again.errors).toEqual([]);
      expect(again.poolsToCreate).toEqual([]);
      expect(again.rows.map((r) => r.draft)).toEqual(
        bank.questions.map(({ id: _id, poolId: _p, createdAt: _c, ...draft }) => draft),
      );
    }
  });

  it('creates a pool the file names once when the same file is imported three times at once', async () => {
    const courseId = await newCourse();
    const file = await sheetFile(
      [
        rowOf({
          pool: 'Жаңа жинақ',
          kind: 'single',
          text_kk: 'С',
          text_ru: 'В',
          option_1_kk: 'А',
          option_1_ru: 'А',
          option_2_kk: 'Б',
          option_2_ru: 'Б',
          right: '1',
        }),
      ],
      'kk',
    );
    const settled = await concurrently(db.orm, 3, (em) =>
      importTrainingQuestionFile(em, manager, courseId, file),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    const bank = await trainingQuestionBank(db.orm.em.fork(), manager, courseId);
    expect(bank.pools).toEqual([expect.objectContaining({ questionCount: 3 })]);
  });

  it('says which column a file lacks', async () => {
    const courseId = await newCourse();
    const preview = await previewTrainingQuestionImport(
      db.orm.em.fork(),
      manager,
      courseId,
      await sheetFile([['Пул']], 'en', ['pool', 'kind']),
    );
    expect(preview.errors.map((e) => e.params?.['column'])).toEqual([
      'text_kk',
      'text_ru',
      'option_1_kk',
      'option_1_ru',
      'right',
    ]);
  });
});
