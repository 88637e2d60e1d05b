import {
  createAssignment,
  createCourse,
  createCourseTest,
  createQuestionPool,
  importQuestions,
  publishCourse,
  type Actor,
  type MikroORM,
  type QuestionInput,
  type QuestionOptionInput,
} from '@adal/domain';
import { buildOrganization } from '@adal/domain/testing';

/**
 * The 16 questions of the profile. Moodle's test had 12 multiple choice, 2 true/false, 1
 * matching and 1 short answer; Adal has no short answer, and Moodle's "multiple choice" covers
 * both one and several right options: 10 single + 2 multiple + 2 true/false + 2 matching.
 */
export const QUESTION_MIX = { single: 10, multiple: 2, true_false: 2, matching: 2 } as const;

export function describeMix(): string {
  return Object.entries(QUESTION_MIX)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(' + ');
}

function option(label: string, correct = false): QuestionOptionInput {
  return { text: { kk: label, ru: label }, correct };
}

function examQuestions(): QuestionInput[] {
  const questions: QuestionInput[] = [];
  let n = 0;
  const text = () => {
    n += 1;
    return { kk: `Сұрақ ${n}`, ru: `Вопрос ${n}`, en: `Question ${n}` };
  };
  for (let i = 0; i < QUESTION_MIX.single; i += 1) {
    questions.push({
      kind: 'single',
      text: text(),
      options: [option('A', true), option('B'), option('C'), option('D')],
    });
  }
  for (let i = 0; i < QUESTION_MIX.multiple; i += 1) {
    questions.push({
      kind: 'multiple',
      text: text(),
      options: [option('A', true), option('B', true), option('C'), option('D')],
    });
  }
  for (let i = 0; i < QUESTION_MIX.true_false; i += 1) {
    questions.push({ kind: 'true_false', text: text(), options: [option('Иә', true), option('Жоқ')] });
  }
  for (let i = 0; i < QUESTION_MIX.matching; i += 1) {
    questions.push({
      kind: 'matching',
      text: text(),
      options: ['1', '2', '3', '4'].map((label) => ({
        text: { kk: label, ru: label },
        match: { kk: `=${label}`, ru: `=${label}` },
      })),
    });
  }
  return questions;
}

export interface PreparedExam {
  organizationId: string;
  /** The exam: a course test drawing exactly the 16 questions of the mix. */
  testId: string;
  /** A one-question test with a one-minute limit, whose submissions race its deadline. */
  deadlineTestId: string;
  /** The test-takers' sign-in emails, one per virtual user. */
  emails: string[];
}

async function publishedTest(
  orm: MikroORM,
  manager: Actor,
  title: string,
  questions: QuestionInput[],
  timeLimitMinutes: number | null,
): Promise<string> {
  return orm.em.fork().transactional(async (em) => {
    const { course } = await createCourse(em, manager, {
      topic: 'general',
      title: { kk: title, ru: title, en: title },
      description: { kk: title, ru: title },
      lessons: [{ kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' }],
    });
    const pool = await createQuestionPool(em, manager, {
      topic: 'general',
      title: { kk: title, ru: title },
      courseId: course.id,
    });
    await em.flush();
    await importQuestions(em, manager, { poolId: pool.id, questions });
    const test = await createCourseTest(em, manager, {
      courseId: course.id,
      draws: [{ poolId: pool.id, count: questions.length }],
      maxAttempts: 3,
      timeLimitMinutes,
      reviewAllowed: true,
    });
    await publishCourse(em, manager, { courseId: course.id });
    await createAssignment(em, manager, {
      courseId: course.id,
      audience: 'whole_org',
      dueOn: '2099-12-31',
      recurrence: 'once',
    });
    return test.id;
  });
}

/**
 * An organisation with `users` test-takers, both tests published and assigned to everyone.
 * The course, its test and the assignment go through the use cases as an administrator's
 * would; the people are one set-based insert, as a staff import of thousands would be.
 */
export async function prepareExam(orm: MikroORM, users: number): Promise<PreparedExam> {
  const org = await buildOrganization(orm.em.fork(), { name: 'Exam load' });
  const organizationId = org.organization.id;
  await orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into person (id, organization_id, org_unit_id, full_name, email, locale, active, created_at)
       select gen_random_uuid(), ?, ?, 'Taker ' || n, 'taker' || n || '@load.adal.kz', 'kk', true, now()
         from generate_series(1, ?) as n`,
      [organizationId, org.root.id, users],
    );
  const manager: Actor = { ...org.admin, roles: ['employee', 'training_admin'] };
  // Created after the people, so that each assignment enrols all of them at once.
  const testId = await publishedTest(orm, manager, 'Exam', examQuestions(), null);
  const deadlineTestId = await publishedTest(
    orm,
    manager,
    'Deadline',
    [
      {
        kind: 'true_false',
        text: { kk: 'Уақыт', ru: 'Время' },
        options: [option('Иә', true), option('Жоқ')],
      },
    ],
    1,
  );
  const emails = Array.from({ length: users }, (_v, i) => `taker${i + 1}@load.adal.kz`);
  return { organizationId, testId, deadlineTestId, emails };
}
