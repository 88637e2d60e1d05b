import {
  Question,
  createCourse,
  createCourseTest,
  createQuestionPool,
  importQuestions,
  publishCourse,
  type Actor,
  type GivenAnswer,
  type MikroORM,
  type QuestionInput,
} from '@adal/domain';

export function choiceQuestion(n: number): QuestionInput {
  return {
    kind: 'single',
    text: { kk: `Сұрақ ${n}`, ru: `Вопрос ${n}`, en: `Question ${n}` },
    options: [{ text: { kk: 'Дұрыс', ru: 'Верно' }, correct: true }, { text: { kk: 'Қате', ru: 'Неверно' } }],
  };
}

export interface TrainingCourse {
  courseId: string;
  poolId: string;
  testId: string;
}

/** A published course whose test draws all of its `questions` single-choice questions, built as an administrator would. */
export async function buildTrainingCourse(
  orm: MikroORM,
  manager: Actor,
  o: { questions?: number; maxAttempts?: number; timeLimitMinutes?: number; title?: string } = {},
): Promise<TrainingCourse> {
  const questions = o.questions ?? 10;
  const title = o.title ?? 'Сыбайлас жемқорлыққа қарсы іс-қимыл';
  return orm.em.fork().transactional(async (em) => {
    const { course } = await createCourse(em, manager, {
      topic: 'general',
      title: { kk: title, ru: 'Противодействие коррупции', en: 'Anti-corruption' },
      description: { kk: 'Сипаттама', ru: 'Описание' },
      lessons: [{ kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' }],
    });
    const pool = await createQuestionPool(em, manager, {
      topic: 'general',
      title: { kk: 'Банк', ru: 'Банк' },
    });
    await em.flush();
    await importQuestions(em, manager, {
      poolId: pool.id,
      questions: Array.from({ length: questions }, (_v, i) => choiceQuestion(i + 1)),
    });
    const test = await createCourseTest(em, manager, {
      courseId: course.id,
      draws: [{ poolId: pool.id, count: questions }],
      maxAttempts: o.maxAttempts ?? 3,
      timeLimitMinutes: o.timeLimitMinutes ?? null,
    });
    await publishCourse(em, manager, { courseId: course.id });
    return { courseId: course.id, poolId: pool.id, testId: test.id };
  });
}

/** The right (or a wrong) answer to each question, read from the key the way only the server can. */
export async function answersFor(
  orm: MikroORM,
  questionIds: readonly string[],
  right: number,
): Promise<Map<string, GivenAnswer>> {
  const questions = await orm.em.fork().find(Question, { id: { $in: [...questionIds] } });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return new Map(
    questionIds.map((id, i) => {
      const question = byId.get(id);
      const key = question?.answerKey;
      if (!question || !key || !('optionIds' in key)) throw new Error(`no choice key for ${id}`);
      const wrong = question.options.find((option) => !key.optionIds.includes(option.id));
      return [id, { optionIds: i < right ? key.optionIds : [wrong?.id ?? ''] }];
    }),
  );
}
