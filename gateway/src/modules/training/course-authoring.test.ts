import { Course, CourseVersion, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let managerToken: string;
let employeeToken: string;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Authoring Test JSC' });
  const employee = buildPerson(em, built.organization, built.root, { fullName: 'Aigerim Bekova' });
  grantRoles(em, employee, ['employee']);
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
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
    await call(PUBLISH, { courseId });
    const again = await call(PUBLISH, { courseId });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await call(PUBLISH, { courseId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
