import type { Actor, GivenAnswer, MikroORM } from '@adal/domain';
import { answerKeys, buildPublishedCourse, rightAnswer, wrongAnswer } from '@adal/domain/testing';

export interface TrainingCourse {
  courseId: string;
  poolId: string;
  testId: string;
}

/** A published course whose test draws all of its `questions` single-choice questions, built as an administrator would. */
export async function buildTrainingCourse(
  orm: MikroORM,
  manager: Actor,
  o: {
    questions?: number;
    maxAttempts?: number;
    timeLimitMinutes?: number;
    title?: string;
    reviewAllowed?: boolean;
    lessonsRequiredBeforeTest?: boolean;
  } = {},
): Promise<TrainingCourse> {
  const { course, pool, test } = await buildPublishedCourse(orm, manager, {
    questions: o.questions ?? 10,
    maxAttempts: o.maxAttempts ?? 3,
    timeLimitMinutes: o.timeLimitMinutes ?? null,
    reviewAllowed: o.reviewAllowed ?? true,
    lessonsRequiredBeforeTest: o.lessonsRequiredBeforeTest ?? false,
    title: {
      kk: o.title ?? 'Сыбайлас жемқорлыққа қарсы іс-қимыл',
      ru: 'Противодействие коррупции',
      en: 'Anti-corruption',
    },
  });
  return { courseId: course.id, poolId: pool.id, testId: test.id };
}

/** The right answer to the first `right` questions and a wrong one to the rest, read from the key as only the server can. */
export async function answersFor(
  orm: MikroORM,
  questionIds: readonly string[],
  right: number,
): Promise<Map<string, GivenAnswer>> {
  const keys = await answerKeys(orm.em.fork(), questionIds);
  return new Map(
    questionIds.map((id, i) => {
      const question = keys.get(id);
      if (!question) throw new Error(`no key for question ${id}`);
      return [id, i < right ? rightAnswer(question) : wrongAnswer(question)];
    }),
  );
}
