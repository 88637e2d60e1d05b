import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import { buildOrganization, createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { createCourseTest } from '../authoring/course-tests.js';
import { createCourse } from '../authoring/courses.js';
import type { QuestionInput } from './question-rows.js';
import { importQuestions, createQuestionPool } from './questions.js';
import { Question, type IQuestionPool } from './question.entity.js';
import { isCorrect } from '../quiz/scoring.js';

let db: TestDatabase;
let manager: Actor;
let pool: IQuestionPool;

function inTx<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
  return db.orm.em.fork().transactional(work);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await buildOrganization(db.orm.em.fork());
  manager = { ...org.admin, roles: ['employee', 'compliance_officer'] };
  pool = await inTx((em) =>
    createQuestionPool(em, manager, { topic: 'gifts', title: { kk: 'Сыйлықтар', ru: 'Подарки' } }),
  );
});

afterAll(async () => {
  await db?.drop();
});

const good: QuestionInput[] = [
  {
    kind: 'true_false',
    text: {
      kk: 'Қонақжайлық шақырушы қатыспаса сыйлық болып саналады',
      ru: 'Гостеприимство без участия приглашающего — подарок',
    },
    options: [{ text: { kk: 'Иә', ru: 'Да' }, correct: true }, { text: { kk: 'Жоқ', ru: 'Нет' } }],
  },
  {
    kind: 'multiple',
    text: { kk: 'Ресми сыйлықтар', ru: 'Официальные подарки' },
    options: [
      { text: { kk: 'Кітап', ru: 'Книга' }, correct: true },
      { text: { kk: 'Логотипі бар кәдесый', ru: 'Сувенир с логотипом' }, correct: true },
      { text: { kk: 'Ақша', ru: 'Деньги' } },
    ],
  },
  {
    kind: 'matching',
    text: { kk: 'Мерзімдерді сәйкестендіріңіз', ru: 'Сопоставьте сроки' },
    options: [
      { text: { kk: 'Сыйлықты тапсыру', ru: 'Сдать подарок' }, match: { kk: '7 күн', ru: '7 дней' } },
      { text: { kk: 'Ақшаны қайтару', ru: 'Вернуть деньги' }, match: { kk: '2 апта', ru: '2 недели' } },
    ],
  },
];

describe('question import', () => {
  it('stores every kind with random option ids and the key on the server', async () => {
    expect(await inTx((em) => importQuestions(em, manager, { poolId: pool.id, questions: good }))).toEqual({
      created: 3,
    });
    const stored = await db.orm.em.fork().find(Question, { pool: pool.id });
    const matching = stored.find((q) => q.kind === 'matching');
    expect(matching?.matches).toHaveLength(2);
    expect(matching?.options.every((o) => /^[0-9a-f]{8}$/.test(o.id))).toBe(true);
    const multiple = stored.find((q) => q.kind === 'multiple');
    expect('optionIds' in (multiple?.answerKey ?? {}) && multiple?.answerKey).toMatchObject({
      optionIds: expect.any(Array),
    });
    expect(multiple?.text.en).toBe('Официальные подарки');
  });

  it('refuses a question with no correct answer, lists every row’s problem and writes nothing', async () => {
    const before = await db.orm.em.fork().count(Question, {});
    const bad: QuestionInput[] = [
      ...good,
      {
        kind: 'single',
        text: { kk: 'Сұрақ', ru: 'Вопрос' },
        options: [{ text: { kk: 'А', ru: 'А' } }, { text: { kk: 'Б', ru: 'Б' } }],
      },
      {
        kind: 'matching',
        text: { kk: 'С', ru: 'С' },
        options: [
          { text: { kk: 'А', ru: 'А' }, match: { kk: '1', ru: '1' } },
          { text: { kk: 'Б', ru: 'Б' } },
        ],
      },
      {
        kind: 'single',
        text: { kk: '', ru: 'Вопрос' },
        options: [
          { text: { kk: 'А', ru: 'А' }, correct: true },
          { text: { kk: 'Б', ru: 'Б' }, correct: true },
        ],
      },
    ];
    const error = await inTx((em) => importQuestions(em, manager, { poolId: pool.id, questions: bad })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details?.['errors']).toEqual([
      { row: 4, message: 'no correct answer is marked' },
      { row: 5, message: 'option 2 has no correct match (Kazakh and Russian)' },
      { row: 6, message: 'The question needs a Kazakh and a Russian text' },
      { row: 6, message: 'a single question has exactly one correct answer' },
    ]);
    expect(await db.orm.em.fork().count(Question, {})).toBe(before);
  });

  it('keeps the explanation of the right answer, and refuses one written in one language only', async () => {
    const explained: QuestionInput = {
      kind: 'true_false',
      text: { kk: 'Түсіндірмесі бар сұрақ', ru: 'Вопрос с пояснением' },
      options: [
        { text: { kk: 'Дұрыс', ru: 'Верно' }, correct: true },
        { text: { kk: 'Қате', ru: 'Неверно' } },
      ],
      explanation: { kk: '§18: шақырушы қатыспаса — сыйлық', ru: '§18: без приглашающего — подарок' },
    };
    await inTx((em) => importQuestions(em, manager, { poolId: pool.id, questions: [explained] }));
    const stored = await db.orm.em.fork().findOneOrFail(Question, { text: { ru: 'Вопрос с пояснением' } });
    // English falls back to Russian, as for every text.
    expect(stored.explanation).toEqual({
      kk: '§18: шақырушы қатыспаса — сыйлық',
      ru: '§18: без приглашающего — подарок',
      en: '§18: без приглашающего — подарок',
    });
    const halfDone = { ...explained, explanation: { kk: '', ru: 'Только по-русски' } };
    const error = await inTx((em) =>
      importQuestions(em, manager, { poolId: pool.id, questions: [halfDone] }),
    ).catch((e: unknown) => e);
    expect((error as ValidationError).details?.['errors']).toEqual([
      { row: 1, message: 'The explanation needs a Kazakh and a Russian text' },
    ]);
  });
});

describe('scoring', () => {
  it('scores a question only when the answer is exactly right', () => {
    expect(isCorrect({ optionIds: ['a', 'b'] }, { optionIds: ['b', 'a'] })).toBe(true);
    expect(isCorrect({ optionIds: ['a', 'b'] }, { optionIds: ['a'] })).toBe(false);
    expect(isCorrect({ optionIds: ['a'] }, { optionIds: ['a', 'c'] })).toBe(false);
    expect(isCorrect({ pairs: { x: '1', y: '2' } }, { pairs: { x: '1', y: '2' } })).toBe(true);
    expect(isCorrect({ pairs: { x: '1', y: '2' } }, { pairs: { x: '2', y: '1' } })).toBe(false);
    expect(isCorrect({ optionIds: ['a'] }, undefined)).toBe(false);
  });
});

describe('tests', () => {
  it('defaults the pass mark to 60 % and refuses a lower one (§5.3, §35.3)', async () => {
    const { course } = await inTx((em) =>
      createCourse(em, manager, {
        topic: 'gifts',
        title: { kk: 'Сыйлықтар', ru: 'Подарки' },
        description: { kk: 'С', ru: 'О' },
        lessons: [],
      }),
    );
    await expect(
      inTx((em) =>
        createCourseTest(em, manager, {
          courseId: course.id,
          draws: [{ poolId: pool.id, count: 2 }],
          passMark: 50,
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    const test = await inTx((em) =>
      createCourseTest(em, manager, { courseId: course.id, draws: [{ poolId: pool.id, count: 2 }] }),
    );
    expect(test).toMatchObject({ passMark: 60, maxAttempts: 3, shuffle: true, timeLimitMinutes: null });
  });
});
