import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Person } from '../../org/person.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import {
  actorOf,
  buildPerson,
  concurrently,
  outcomes,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { Attempt } from '../quiz/attempt.entity.js';
import { startAttempt } from '../quiz/attempts.js';
import { attemptResult } from '../quiz/attempt-views.js';
import { myAssignments } from '../assignments/my-assignments.js';
import { CourseTest } from './course-test.entity.js';
import { Course, CourseVersion } from './course.entity.js';
import { createCourseTest } from './course-tests.js';
import { createCourse, publishCourse } from './courses.js';
import { createQuestionPool, importQuestions } from '../bank/questions.js';
import {
  assignToEveryone,
  buildPublishedCourse,
  choiceQuestion,
  createTrainingDatabase,
  enrolNewcomers,
  type TrainingDatabase,
} from '../training-fixtures.js';
import { getAuthoredCourse, listAuthoredCourses, saveCourseDraft, type CourseDraftInput } from './drafts.js';
import { lessonVersionsFor } from './version-pinning.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];

beforeAll(async () => {
  ({ db, org, manager, inTx } = await createTrainingDatabase());
});

afterAll(async () => {
  await db?.drop();
});

const text = (ru: string) => ({ kk: `${ru} (kk)`, ru, en: '' });

function draft(overrides: Partial<CourseDraftInput> = {}): CourseDraftInput {
  return {
    topic: 'gifts',
    title: text('Подарки'),
    description: text('О подарках'),
    audienceHint: text('Для всех работников'),
    lessons: [
      { kind: 'text', title: text('Правила'), body: text('<p>Правило</p><script>alert(1)</script>') },
      { kind: 'link', title: text('U4'), url: 'https://www.u4.no/' },
    ],
    ...overrides,
  };
}

async function newCourse(): Promise<string> {
  const { course } = await inTx((em) =>
    createCourse(em, manager, { topic: 'general', title: text('Новый курс'), lessons: [] }),
  );
  return course.id;
}

async function revisionOf(courseId: string): Promise<number> {
  return (await db.orm.em.fork().findOneOrFail(Course, { id: courseId })).revision;
}

/** Gives the course a test drawing `draw` of `questions` questions. */
async function giveTest(courseId: string, questions: number, draw: number): Promise<void> {
  await inTx(async (em) => {
    const pool = await createQuestionPool(em, manager, { topic: 'gifts', title: text('Банк') });
    await em.flush();
    if (questions > 0) {
      await importQuestions(em, manager, {
        poolId: pool.id,
        questions: Array.from({ length: questions }, (_v, i) => choiceQuestion(i + 1)),
      });
    }
    await createCourseTest(em, manager, { courseId, draws: [{ poolId: pool.id, count: draw }] });
  });
}

describe('saving a draft', () => {
  it('keeps the texts and lessons, sanitizes bodies and counts the revision', async () => {
    const courseId = await newCourse();
    const { version, course } = await inTx((em) =>
      saveCourseDraft(em, manager, { courseId, revision: 0, draft: draft() }),
    );
    expect(course.revision).toBe(1);
    expect(version.number).toBe(1);
    expect(version.details?.audienceHint.ru).toBe('Для всех работников');
    expect(version.lessons[0]?.body?.ru).toBe('<p>Правило</p>');
    // Ids stay across saves, so that the editor keeps its place; the order is the author's.
    const [first, second] = version.lessons;
    const reordered = await inTx((em) =>
      saveCourseDraft(em, manager, {
        courseId,
        revision: 1,
        draft: draft({
          lessons: [
            { ...second!, title: second!.title },
            { ...first!, body: first!.body },
          ],
        }),
      }),
    );
    expect(reordered.version.lessons.map((lesson) => lesson.id)).toEqual([second!.id, first!.id]);
    const audit = await db.orm.em
      .fork()
      .count(AuditEvent, { action: 'training.course_draft_saved', entityId: courseId });
    expect(audit).toBe(2);
  });

  it('saves an incomplete draft but refuses an address that is not http(s), next to its field', async () => {
    const courseId = await newCourse();
    const incomplete = draft({
      title: { kk: '', ru: '' },
      lessons: [{ kind: 'text', title: { kk: '', ru: '' } }],
    });
    await inTx((em) => saveCourseDraft(em, manager, { courseId, revision: 0, draft: incomplete }));
    const error = await inTx((em) =>
      saveCourseDraft(em, manager, {
        courseId,
        revision: 1,
        draft: draft({ lessons: [{ kind: 'link', title: text('x'), url: 'javascript:alert(1)' }] }),
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details?.['field']).toBe('lessons.0.url');
    expect(await revisionOf(courseId)).toBe(1);
  });

  it('refuses a save made on a stale revision, naming who saved, and changes nothing', async () => {
    const courseId = await newCourse();
    await inTx((em) => saveCourseDraft(em, manager, { courseId, revision: 0, draft: draft() }));
    const error = await inTx((em) =>
      saveCourseDraft(em, manager, { courseId, revision: 0, draft: draft({ title: text('Чужое') }) }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).messageKey).toBe('training.course.staleDraft');
    const author = await db.orm.em.fork().findOneOrFail(Person, { id: manager.personId });
    expect((error as ConflictError).params['savedBy']).toBe(author.fullName);
    const stored = await db.orm.em.fork().findOneOrFail(CourseVersion, { course: courseId });
    expect(stored.details?.title.ru).toBe('Подарки');
  });

  it('lets exactly one of several authors saving on the same revision at once win', async () => {
    const courseId = await newCourse();
    const settled = await concurrently(db.orm, 6, (em, i) =>
      saveCourseDraft(em, manager, { courseId, revision: 0, draft: draft({ title: text(`Автор ${i}`) }) }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(5);
    for (const reason of rejected) expect(reason).toBeInstanceOf(ConflictError);
    expect(await revisionOf(courseId)).toBe(1);
    const versions = await db.orm.em.fork().find(CourseVersion, { course: courseId });
    expect(versions).toHaveLength(1);
  });
});

describe('publishing', () => {
  it('never loses a save racing a publication: it is published, or refused as stale', async () => {
    const courseId = await newCourse();
    await giveTest(courseId, 3, 3);
    await inTx((em) => saveCourseDraft(em, manager, { courseId, revision: 0, draft: draft() }));
    const settled = await concurrently<unknown>(db.orm, 2, (em, i) =>
      i === 0
        ? publishCourse(em, manager, { courseId })
        : saveCourseDraft(em, manager, {
            courseId,
            revision: 1,
            draft: draft({ title: text('Поздняя правка') }),
          }),
    );
    expect(settled[0]?.status).toBe('fulfilled');
    const versions = await db.orm.em
      .fork()
      .find(CourseVersion, { course: courseId }, { orderBy: { number: 'asc' } });
    if (settled[1]?.status === 'fulfilled') {
      // The save went first: the publication published it.
      expect(versions.map((v) => [v.number, v.status])).toEqual([[1, 'published']]);
      expect(versions[0]?.details?.title.ru).toBe('Поздняя правка');
    } else {
      // The publication went first: the save named a revision that was gone.
      expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect(versions.map((v) => [v.number, v.status])).toEqual([[1, 'published']]);
      expect(versions[0]?.details?.title.ru).toBe('Подарки');
    }
  });

  it('refuses a course without a test, or whose test draws nothing, and changes nothing', async () => {
    const courseId = await newCourse();
    await inTx((em) => saveCourseDraft(em, manager, { courseId, revision: 0, draft: draft() }));
    const withoutTest = await inTx((em) => publishCourse(em, manager, { courseId })).catch((e: unknown) => e);
    expect(withoutTest).toBeInstanceOf(ValidationError);
    expect((withoutTest as ValidationError).messageKey).toBe('training.course.emptyTest');
    expect((withoutTest as ValidationError).details?.['field']).toBe('test');

    await giveTest(courseId, 0, 5);
    const emptyPool = await inTx((em) => publishCourse(em, manager, { courseId })).catch((e: unknown) => e);
    expect((emptyPool as ValidationError).messageKey).toBe('training.course.emptyTest');
    const version = await db.orm.em.fork().findOneOrFail(CourseVersion, { course: courseId });
    expect(version.status).toBe('draft');
    expect(await revisionOf(courseId)).toBe(1);
  });

  it('refuses an incomplete draft, naming the field', async () => {
    const courseId = await newCourse();
    await giveTest(courseId, 3, 3);
    await inTx((em) =>
      saveCourseDraft(em, manager, {
        courseId,
        revision: 0,
        draft: draft({ lessons: [{ kind: 'video', title: text('Видео') }] }),
      }),
    );
    const error = await inTx((em) => publishCourse(em, manager, { courseId })).catch((e: unknown) => e);
    expect((error as ValidationError).messageKey).toBe('training.course.lessonUrlRequired');
    expect((error as ValidationError).details?.['field']).toBe('lessons.0.url');
  });

  it('publishes the texts of the draft and the test settings with the version', async () => {
    const courseId = await newCourse();
    await giveTest(courseId, 3, 2);
    await inTx((em) => saveCourseDraft(em, manager, { courseId, revision: 0, draft: draft() }));
    const published = await inTx((em) => publishCourse(em, manager, { courseId }));
    expect(published.test?.draws[0]?.count).toBe(2);
    const course = await db.orm.em.fork().findOneOrFail(Course, { id: courseId });
    expect(course.title.ru).toBe('Подарки');
    expect(course.audienceHint?.ru).toBe('Для всех работников');
    expect(course.revision).toBe(2);
    const list = await listAuthoredCourses(db.orm.em.fork(), manager, { search: 'подар' });
    expect(list.map((item) => item.course.id)).toContain(courseId);
    const found = list.find((item) => item.course.id === courseId);
    expect(found?.published?.number).toBe(1);
    expect(found?.draft).toBeNull();
  });
});

describe('a new version while people take the course', () => {
  it('keeps a person mid-course on version 1 lessons and test, and gives newcomers version 2', async () => {
    const built = await buildPublishedCourse(db.orm, manager, { questions: 4, draw: 2 });
    await assignToEveryone(db.orm, manager, built.course.id);
    const em0 = db.orm.em.fork();
    const midCourse = buildPerson(em0, org.organization, org.root, { hiredAt: '2020-01-01' });
    await em0.flush();
    await enrolNewcomers(db.orm, org.organization.id);
    const learner = actorOf(midCourse, ['employee']);
    const started = await inTx((em) => startAttempt(em, learner, { testId: built.test.id }));
    expect(started.questions).toHaveLength(2);

    // Version 2: other lessons, and the test now draws 4 questions with a higher pass mark.
    const { revision } = await db.orm.em.fork().findOneOrFail(Course, { id: built.course.id });
    await inTx((em) =>
      saveCourseDraft(em, manager, {
        courseId: built.course.id,
        revision,
        draft: draft({ lessons: [{ kind: 'link', title: text('Второй'), url: 'https://example.kz/' }] }),
      }),
    );
    await inTx(async (em) => {
      const test = await em.findOneOrFail(CourseTest, { id: built.test.id });
      test.draws = [{ poolId: built.pool.id, count: 4 }];
      test.passMark = 80;
      test.maxAttempts = 1;
      test.reviewAllowed = false;
    });
    await inTx((em) => publishCourse(em, manager, { courseId: built.course.id }));

    // The person mid-course: version 1 lessons, and a new attempt drawn under version 1's test.
    const mine = await lessonVersionsFor(db.orm.em.fork(), learner.personId, [built.course.id]);
    expect(mine.get(built.course.id)?.number).toBe(1);
    expect(mine.get(built.course.id)?.lessons[0]?.title.ru).toBe('U4');
    await db.orm.em.fork().nativeUpdate(Attempt, { id: started.id }, { status: 'expired' });
    const again = await inTx((em) => startAttempt(em, learner, { testId: built.test.id }));
    expect(again.courseVersion.number).toBe(1);
    expect(again.questions).toHaveLength(2);
    expect(again.passMark).toBe(60);
    // Version 1 allowed three attempts and a review: the second attempt opened, and both hold.
    const standing = (await myAssignments(db.orm.em.fork(), learner)).find(
      (a) => a.courseId === built.course.id,
    );
    expect(standing).toMatchObject({ maxAttempts: 3, attemptsLeft: 1 });
    const firstResult = await attemptResult(db.orm.em.fork(), learner, started.id);
    expect(firstResult.review).not.toBeNull();

    // A newcomer: version 2 lessons and test.
    const em1 = db.orm.em.fork();
    const newcomerPerson = buildPerson(em1, org.organization, org.root, { hiredAt: '2020-01-01' });
    await em1.flush();
    await enrolNewcomers(db.orm, org.organization.id);
    const newcomer = actorOf(newcomerPerson, ['employee']);
    const theirs = await lessonVersionsFor(db.orm.em.fork(), newcomer.personId, [built.course.id]);
    expect(theirs.get(built.course.id)?.lessons[0]?.title.ru).toBe('Второй');
    const fresh = await inTx((em) => startAttempt(em, newcomer, { testId: built.test.id }));
    expect(fresh.courseVersion.number).toBe(2);
    expect(fresh.questions).toHaveLength(4);
    expect(fresh.passMark).toBe(80);

    const authored = await getAuthoredCourse(db.orm.em.fork(), manager, built.course.id);
    expect(authored.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'retired'],
    ]);
  });
});
