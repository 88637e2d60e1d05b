import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { createCourse } from '../../training/authoring/courses.js';
import { planSession, setSessionStatus } from '../../training/sessions/sessions.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  buildPublishedCourse,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { cultureLinkableCourses, cultureLinkableSessions } from './linkables.js';

let db: TestDatabase;
let commissioner: Actor;
let trainer: Actor;
let firstHead: Actor;
let publishedId: string;
const NOW = new Date('2027-02-01T06:00:00Z');

const session = (plannedOn: string, en: string) => ({
  kind: 'seminar' as const,
  topic: { kk: en, ru: en, en },
  plannedOn,
  trainer: 'Compliance service',
  durationMinutes: 60,
});

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const people = Array.from({ length: 3 }, () => buildPerson(em, org.organization, org.root));
  await em.flush();
  commissioner = actorOf(people[0]!, ['employee', 'ethics_commissioner']);
  trainer = actorOf(people[1]!, ['employee', 'training_admin']);
  firstHead = actorOf(people[2]!, ['employee', 'first_head']);
  const published = await buildPublishedCourse(db.orm, trainer, {
    title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
  });
  publishedId = published.course.id;
  await db.orm.em.fork().transactional(async (tx) => {
    await createCourse(tx, trainer, {
      topic: 'general',
      title: { kk: 'Жоба', ru: 'Черновик', en: 'Draft only' },
      description: { kk: 'Сипаттама', ru: 'Описание' },
      lessons: [],
    });
    await planSession(tx, trainer, session('2027-05-20', 'May seminar'));
    await planSession(tx, trainer, session('2027-03-10', 'March seminar'));
    await planSession(tx, trainer, session('2026-11-10', 'Last year'));
    const cancelled = await planSession(tx, trainer, session('2027-04-01', 'Cancelled'));
    await tx.flush();
    await setSessionStatus(tx, trainer, cancelled.id, 'cancelled', null, NOW);
  });
});

afterAll(async () => {
  await db?.drop();
});

describe("the activity's pickers, for planners who hold no training role", () => {
  it('lists the published courses only, by name', async () => {
    const courses = await cultureLinkableCourses(db.orm.em.fork(), commissioner);
    expect(courses).toEqual([
      {
        id: publishedId,
        title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
      },
    ]);
  });

  it("lists the plan year's sessions not cancelled, by day", async () => {
    const sessions = await cultureLinkableSessions(db.orm.em.fork(), commissioner, 2027);
    expect(sessions.map((s) => [s.plannedOn, s.topic.en])).toEqual([
      ['2027-03-10', 'March seminar'],
      ['2027-05-20', 'May seminar'],
    ]);
  });

  it('refuses those who do not draft the plan', async () => {
    await expect(cultureLinkableCourses(db.orm.em.fork(), firstHead)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cultureLinkableSessions(db.orm.em.fork(), trainer, 2027)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
