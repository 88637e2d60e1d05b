import {
  Course,
  CourseVersion,
  createCourseTest,
  createQuestionPool,
  importQuestions,
  type Actor,
  type MikroORM,
} from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { graphqlMultipart } from '../../testing/graphql-multipart.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let managerToken: string;
let employeeToken: string;
let manager: Actor;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Authoring Test JSC' });
  const employee = buildPerson(em, built.organization, built.root, { fullName: 'Aigerim Bekova' });
  grantRoles(em, employee, ['employee']);
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
  manager = { ...built.admin, roles: ['employee', 'training_admin'] };
  managerToken = await devLoginToken(yoga, built.adminPerson.email);
  employeeToken = await devLoginToken(yoga, employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

interface VersionJson {
  id: string;
  number: number;
  status: string;
  publishedAt: string | null;
  course: { id: string; lessons: { title: { ru: string } }[] };
  lessons: { kind: string; title: { kk: string; ru: string; en: string }; url: string | null }[];
}

const VERSION = `id number status publishedAt course { id lessons { title { ru } } }
  lessons { kind title { kk ru en } url }`;

const CREATE = `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { ${VERSION} } }`;
const EDIT = `mutation($courseId: ID!, $lessons: [LessonAuthoringInput!]!) {
  editTrainingCourse(courseId: $courseId, lessons: $lessons) { ${VERSION} } }`;
const PUBLISH = `mutation($courseId: ID!) { publishTrainingCourse(courseId: $courseId) { ${VERSION} } }`;

function link(ru: string) {
  return { kind: 'link', title: { kk: ru, ru }, url: 'https://www.u4.no/' };
}

const courseInput = {
  topic: 'conflict_of_interest',
  title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов' },
  description: { kk: 'Annex 2 жағдайлары', ru: 'Случаи из Приложения 2' },
  lessons: [link('Что такое конфликт интересов')],
};

async function call<T>(query: string, variables: Record<string, unknown>, token = managerToken) {
  return graphqlRequest<T>(yoga, { query, variables, token });
}

/** Gives the course a test drawing one question of a bank of `questions`, as its test page would. */
async function giveTest(courseId: string, questions = 1): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    const pool = await createQuestionPool(em, manager, {
      topic: 'general',
      title: { kk: 'Банк', ru: 'Банк' },
    });
    await em.flush();
    if (questions > 0) {
      await importQuestions(em, manager, {
        poolId: pool.id,
        questions: [
          {
            kind: 'single',
            text: { kk: 'Сұрақ', ru: 'Вопрос' },
            options: [{ text: { kk: 'Иә', ru: 'Да' }, correct: true }, { text: { kk: 'Жоқ', ru: 'Нет' } }],
          },
        ],
      });
    }
    await createCourseTest(em, manager, { courseId, draws: [{ poolId: pool.id, count: 1 }] });
  });
}

describe('course authoring', () => {
  it('refuses an employee (FORBIDDEN) and writes nothing', async () => {
    const before = await orm.em.fork().count(Course, {});
    const { body } = await call(CREATE, { input: courseInput }, employeeToken);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await orm.em.fork().count(Course, {})).toBe(before);
  });

  it('refuses a course without a Russian title (VALIDATION) and writes nothing', async () => {
    const before = await orm.em.fork().count(Course, {});
    const { body } = await call(CREATE, {
      input: { ...courseInput, title: { kk: 'Мүдделер қақтығысы', ru: ' ' } },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(await orm.em.fork().count(Course, {})).toBe(before);
  });

  it('creates a draft, publishes it, and editing the published course makes a new draft version', async () => {
    const created = await call<{ createTrainingCourse: VersionJson }>(CREATE, { input: courseInput });
    expect(created.body.errors).toBeUndefined();
    const draft = created.body.data?.createTrainingCourse;
    expect(draft).toMatchObject({ number: 1, status: 'draft', publishedAt: null });
    // English falls back to Russian.
    expect(draft?.lessons[0]?.title.en).toBe('Что такое конфликт интересов');
    const courseId = draft?.course.id ?? '';
    // A draft is not taught yet: the course shows no lessons.
    expect(draft?.course.lessons).toEqual([]);
    await giveTest(courseId);

    const published = await call<{ publishTrainingCourse: VersionJson }>(PUBLISH, { courseId });
    expect(published.body.data?.publishTrainingCourse).toMatchObject({ id: draft?.id, status: 'published' });
    expect(published.body.data?.publishTrainingCourse.publishedAt).not.toBeNull();

    const edited = await call<{ editTrainingCourse: VersionJson }>(EDIT, {
      courseId,
      lessons: [link('Семь типичных случаев'), link('Как уведомить')],
    });
    expect(edited.body.errors).toBeUndefined();
    const second = edited.body.data?.editTrainingCourse;
    expect(second).toMatchObject({ number: 2, status: 'draft' });
    expect(second?.id).not.toBe(draft?.id);
    // Until the new version is published, people keep learning from the first one.
    expect(second?.course.lessons.map((l) => l.title.ru)).toEqual(['Что такое конфликт интересов']);

    const republished = await call<{ publishTrainingCourse: VersionJson }>(PUBLISH, { courseId });
    expect(republished.body.data?.publishTrainingCourse.course.lessons.map((l) => l.title.ru)).toEqual([
      'Семь типичных случаев',
      'Как уведомить',
    ]);
    const first = await orm.em.fork().findOneOrFail(CourseVersion, { id: draft?.id ?? '' });
    expect(first.status).toBe('retired');
  });

  it('refuses to publish a course without a draft (CONFLICT) and an unknown course (NOT_FOUND)', async () => {
    const created = await call<{ createTrainingCourse: VersionJson }>(CREATE, { input: courseInput });
    const courseId = created.body.data?.createTrainingCourse.course.id ?? '';
    await giveTest(courseId);
    await call(PUBLISH, { courseId });
    const again = await call(PUBLISH, { courseId });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await call(PUBLISH, { courseId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

const AUTHORED = `id revision status details { topic title { kk ru en } audienceHint { ru } }
  draft { number lessons { id kind title { ru } body { ru } url } savedByName savedAt }
  publishedVersion { number } versions { number status }`;

interface AuthoredJson {
  id: string;
  revision: number;
  status: string;
  details: { topic: string; title: { kk: string; ru: string; en: string }; audienceHint: { ru: string } };
  draft: {
    number: number;
    lessons: {
      id: string;
      kind: string;
      title: { ru: string };
      body: { ru: string } | null;
      url: string | null;
    }[];
    savedByName: string | null;
  } | null;
  publishedVersion: { number: number } | null;
  versions: { number: number; status: string }[];
}

const SAVE = `mutation($courseId: ID!, $revision: Int!, $input: CourseDraftInput!) {
  saveTrainingCourseDraft(courseId: $courseId, revision: $revision, input: $input) { ${AUTHORED} } }`;
const ONE = `query($id: ID!) { trainingCourse(id: $id) { ${AUTHORED} } }`;
const LIST = `query($search: String) { authoredTrainingCourses(search: $search) { id status details { title { ru } } } }`;

function draftInput(title: string, lessons: unknown[] = [link('Первый')]) {
  return {
    topic: 'gifts',
    title: { kk: `${title} kk`, ru: title },
    description: { kk: 'Сипаттама', ru: 'Описание' },
    audienceHint: { kk: 'Барлығына', ru: 'Всем работникам' },
    lessons,
  };
}

describe('saving drafts in the browser', () => {
  async function newCourse(): Promise<string> {
    const created = await call<{ createTrainingCourse: VersionJson }>(CREATE, {
      input: { topic: 'general', title: { kk: 'Жаңа', ru: 'Новый' }, lessons: [] },
    });
    expect(created.body.errors).toBeUndefined();
    return created.body.data?.createTrainingCourse.course.id ?? '';
  }

  it('saves the draft with its revision, keeps lesson ids and order, and reads it back', async () => {
    const courseId = await newCourse();
    const first = await call<{ saveTrainingCourseDraft: AuthoredJson }>(SAVE, {
      courseId,
      revision: 0,
      input: draftInput('Подарки', [
        {
          kind: 'text',
          title: { kk: 'Ереже', ru: 'Правило' },
          body: { kk: '<p>a</p>', ru: '<p>б</p><script>x</script>' },
        },
        link('Ссылка'),
      ]),
    });
    expect(first.body.errors).toBeUndefined();
    const saved = first.body.data?.saveTrainingCourseDraft;
    expect(saved).toMatchObject({ revision: 1, status: 'draft', details: { topic: 'gifts' } });
    expect(saved?.details.audienceHint.ru).toBe('Всем работникам');
    expect(saved?.draft?.lessons[0]?.body?.ru).toBe('<p>б</p>');
    expect(saved?.draft?.savedByName).not.toBeNull();
    const [text, ref] = saved?.draft?.lessons ?? [];
    const moved = await call<{ saveTrainingCourseDraft: AuthoredJson }>(SAVE, {
      courseId,
      revision: 1,
      input: draftInput('Подарки', [
        { id: ref?.id, ...link('Ссылка') },
        { id: text?.id, kind: 'text', title: { kk: 'Ереже', ru: 'Правило' }, body: { kk: 'a', ru: 'б' } },
      ]),
    });
    expect(moved.body.data?.saveTrainingCourseDraft.draft?.lessons.map((l) => l.id)).toEqual([
      ref?.id,
      text?.id,
    ]);

    const one = await call<{ trainingCourse: AuthoredJson }>(ONE, { id: courseId });
    expect(one.body.data?.trainingCourse).toMatchObject({
      revision: 2,
      versions: [{ number: 1, status: 'draft' }],
    });
    const list = await call<{ authoredTrainingCourses: { id: string }[] }>(LIST, { search: 'подарк' });
    expect(list.body.data?.authoredTrainingCourses.map((c) => c.id)).toContain(courseId);
    const none = await call<{ authoredTrainingCourses: { id: string }[] }>(LIST, {
      search: 'нет такого курса',
    });
    expect(none.body.data?.authoredTrainingCourses).toEqual([]);
  });

  it('refuses a save on a stale revision with CONFLICT training.course.staleDraft and changes nothing', async () => {
    const courseId = await newCourse();
    await call(SAVE, { courseId, revision: 0, input: draftInput('Первый автор') });
    const late = await call(SAVE, { courseId, revision: 0, input: draftInput('Второй автор') });
    expect(late.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'training.course.staleDraft',
    });
    const one = await call<{ trainingCourse: AuthoredJson }>(ONE, { id: courseId });
    expect(one.body.data?.trainingCourse.details.title.ru).toBe('Первый автор');
  });

  it('refuses to publish a course without a test (VALIDATION training.course.emptyTest) and changes nothing', async () => {
    const courseId = await newCourse();
    await call(SAVE, { courseId, revision: 0, input: draftInput('Без теста') });
    const refused = await call(PUBLISH, { courseId });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'training.course.emptyTest',
    });
    const one = await call<{ trainingCourse: AuthoredJson }>(ONE, { id: courseId });
    expect(one.body.data?.trainingCourse).toMatchObject({
      revision: 1,
      status: 'draft',
      publishedVersion: null,
    });

    await giveTest(courseId);
    const published = await call(PUBLISH, { courseId });
    expect(published.body.errors).toBeUndefined();
    const after = await call<{ trainingCourse: AuthoredJson }>(ONE, { id: courseId });
    expect(after.body.data?.trainingCourse).toMatchObject({
      status: 'published',
      publishedVersion: { number: 1 },
    });
  });

  it('keeps drafts from employees (FORBIDDEN)', async () => {
    const courseId = await newCourse();
    const read = await call(ONE, { id: courseId }, employeeToken);
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const save = await call(SAVE, { courseId, revision: 0, input: draftInput('x') }, employeeToken);
    expect(save.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('lesson files', () => {
  const UPLOAD =
    'mutation($c: ID!, $file: File!) { uploadLessonFile(courseId: $c, file: $file) { id name contentType sizeBytes } }';

  async function upload(courseId: string, file: File, token = managerToken) {
    return graphqlMultipart<{
      uploadLessonFile: { id: string; name: string; contentType: string; sizeBytes: number };
    }>(yoga, { query: UPLOAD, variables: { c: courseId, file: null }, files: { file }, token });
  }

  it('keeps an uploaded PDF, names it in a file lesson, and serves it to a signed-in learner of the organisation', async () => {
    const created = await call<{ createTrainingCourse: VersionJson }>(CREATE, { input: courseInput });
    const courseId = created.body.data?.createTrainingCourse.course.id ?? '';
    const uploaded = await upload(courseId, new File([Buffer.from('%PDF-1.7\nRules')], 'Rules.PDF'));
    expect(uploaded.body.errors).toBeUndefined();
    const file = uploaded.body.data?.uploadLessonFile;
    expect(file).toMatchObject({ name: 'Rules.pdf', contentType: 'application/pdf', sizeBytes: 14 });

    const { revision } = await orm.em.fork().findOneOrFail(Course, { id: courseId });
    const saved = await call<{
      saveTrainingCourseDraft: { draft: { lessons: { file: { id: string } | null }[] } };
    }>(
      `mutation($courseId: ID!, $revision: Int!, $input: CourseDraftInput!) {
        saveTrainingCourseDraft(courseId: $courseId, revision: $revision, input: $input) { draft { lessons { file { id } } } } }`,
      {
        courseId,
        revision,
        input: draftInput('С файлом', [
          { kind: 'file', title: { kk: 'Файл', ru: 'Файл' }, fileId: file?.id },
        ]),
      },
    );
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.saveTrainingCourseDraft.draft.lessons[0]?.file?.id).toBe(file?.id);

    const download = await yoga.fetch(`http://gateway.test/training/lesson-files/${file?.id}`, {
      headers: { authorization: `Bearer ${employeeToken}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('Rules.pdf');
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('%PDF-1.7\nRules');
    const anonymous = await yoga.fetch(`http://gateway.test/training/lesson-files/${file?.id}`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a file of another type (VALIDATION, next to the file) and an employee (FORBIDDEN)', async () => {
    const created = await call<{ createTrainingCourse: VersionJson }>(CREATE, { input: courseInput });
    const courseId = created.body.data?.createTrainingCourse.course.id ?? '';
    const html = await upload(courseId, new File(['<html><script>alert(1)</script>'], 'lesson.pdf'));
    expect(html.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'training.lessonFile.type',
      field: 'file',
    });
    const forbidden = await upload(courseId, new File([Buffer.from('%PDF-1.7')], 'a.pdf'), employeeToken);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
