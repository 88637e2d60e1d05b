import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAssignment,
  createCourse,
  createCourseTest,
  createQuestionPool,
  Enrolment,
  importQuestions,
  Person,
  publishCourse,
  TrainingReminder,
  type Actor,
  type MikroORM,
  type QuestionInput,
} from '@adal/domain';
import { buildOrganization, buildPerson, createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMBEDDED_GATEWAY_OPTIONS,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../database/embedded-postgres.js';
import { createSmtpMailer } from '../mail/mailer.js';
import { startSmtpSink, type SmtpSink } from '../mail/smtp-sink.js';
import { startGateway, type RunningGateway } from '../start-gateway.js';

const DUE_ON = '2026-06-22';

function choiceQuestion(n: number): QuestionInput {
  return {
    kind: 'single',
    text: { kk: `Сұрақ ${n}`, ru: `Вопрос ${n}` },
    options: [{ text: { kk: 'Иә', ru: 'Да' }, correct: true }, { text: { kk: 'Жоқ', ru: 'Нет' } }],
  };
}
const APP_URL = 'https://adal.test.kz';
let now = new Date('2026-06-10T03:00:00Z');

interface Seeded {
  organizationId: string;
  manager: Actor;
}

/** An organisation whose whole staff (a Kazakh- and a Russian-speaking employee) is assigned a course due on DUE_ON. */
async function seedTraining(orm: MikroORM): Promise<Seeded> {
  const org = await buildOrganization(orm.em.fork());
  const manager: Actor = { ...org.admin, roles: ['employee', 'training_admin'] };
  await orm.em.fork().transactional(async (em) => {
    const admin = await em.findOneOrFail(Person, { id: org.adminPerson.id });
    admin.active = false;
    buildPerson(em, org.organization, org.root, { email: 'aigul@test.adal.kz', fullName: 'Айгүл Серікова' });
    const olga = buildPerson(em, org.organization, org.root, {
      email: 'olga@test.adal.kz',
      fullName: 'Ольга Ким',
    });
    olga.locale = 'ru';
  });
  await orm.em.fork().transactional(async (em) => {
    const { course } = await createCourse(em, manager, {
      topic: 'general',
      title: { kk: 'Сыбайлас жемқорлыққа қарсы негіздер', ru: 'Основы противодействия коррупции' },
      description: { kk: 'Сипаттама', ru: 'Описание' },
      lessons: [{ kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' }],
    });
    const pool = await createQuestionPool(em, manager, {
      topic: 'general',
      title: { kk: 'Банк', ru: 'Банк' },
    });
    await em.flush();
    await importQuestions(em, manager, { poolId: pool.id, questions: [choiceQuestion(1)] });
    await createCourseTest(em, manager, { courseId: course.id, draws: [{ poolId: pool.id, count: 1 }] });
    await publishCourse(em, manager, { courseId: course.id }, now);
    await createAssignment(
      em,
      manager,
      { courseId: course.id, audience: 'whole_org', dueOn: DUE_ON, recurrence: 'once' },
      now,
    );
  });
  return { organizationId: org.organization.id, manager };
}

describe('background jobs on the PostgreSQL queue', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let gateway: RunningGateway;
  let seeded: Seeded;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The first delivery is refused: the mail job must retry it rather than lose it.
    sink = await startSmtpSink({ refuse: 1 });
    gateway = await startGateway({
      port: 0,
      databaseUrl: database.databaseUrl,
      mailer: createSmtpMailer(sink.url, 'Adal <adal@test.adal.kz>'),
      appUrl: APP_URL,
      jobTuning: { clock: () => now, pollingIntervalSeconds: 0.5, mailRetryDelaySeconds: 1 },
    });
    seeded = await seedTraining(gateway.orm);
  });

  afterAll(async () => {
    await gateway?.close();
    await sink?.close();
    await database?.drop();
  });

  it('runs on the queue', () => {
    expect(gateway.jobs?.mode).toBe('queue');
  });

  it('e-mails a reminder a week before the due date, in each person’s language, through SMTP', async () => {
    now = new Date('2026-06-15T03:00:00Z');
    await gateway.jobs?.runJobNow('training.reminders');
    const mails = await sink.waitFor(2);
    const byRecipient = new Map(mails.map((mail) => [mail.to.join(','), mail]));
    const kazakh = byRecipient.get('aigul@test.adal.kz');
    const russian = byRecipient.get('olga@test.adal.kz');
    expect(kazakh?.from).toBe('adal@test.adal.kz');
    expect(kazakh?.subject).toBe('Оқу мерзімі жақындап қалды: «Сыбайлас жемқорлыққа қарсы негіздер»');
    expect(kazakh?.text).toContain('22.06.2026');
    expect(kazakh?.text).toContain(`${APP_URL}/training/`);
    expect(russian?.subject).toBe('Приближается срок обучения: «Основы противодействия коррупции»');
    expect(russian?.text).toContain('Ольга Ким');
    expect(russian?.text).toContain('22.06.2026');
  });

  it('does not send the same reminder twice', async () => {
    await gateway.jobs?.runJobNow('training.reminders');
    await new Promise((done) => setTimeout(done, 1500));
    expect(sink.received).toHaveLength(2);
    const recorded = await gateway.orm.em
      .fork()
      .count(TrainingReminder, { organization: seeded.organizationId });
    expect(recorded).toBe(2);
  });

  it('sends the overdue reminder after the due date', async () => {
    now = new Date('2026-06-23T03:00:00Z');
    await gateway.jobs?.runJobNow('training.reminders');
    const mails = await sink.waitFor(4);
    expect(
      mails
        .slice(2)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([
      'Оқу мерзімі өтіп кетті: «Сыбайлас жемқорлыққа қарсы негіздер»',
      'Срок обучения истёк: «Основы противодействия коррупции»',
    ]);
  });

  it('enrols a person who joined after the assignment when the sync job runs', async () => {
    const organization = seeded.organizationId;
    const joinerId = await gateway.orm.em.fork().transactional(async (em) => {
      const admin = await em.findOneOrFail(
        Person,
        { id: seeded.manager.personId },
        { populate: ['orgUnit'] },
      );
      return buildPerson(em, admin.organization, admin.orgUnit, { email: 'late@test.adal.kz' }).id;
    });
    await gateway.jobs?.runJobNow('training.sync-enrolments');
    const enrolments = await gateway.orm.em.fork().count(Enrolment, { organization, person: joinerId });
    expect(enrolments).toBe(1);
  });
});

describe('background jobs on the embedded database', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres;
  let sink: SmtpSink;
  let gateway: RunningGateway;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'adal-jobs-'));
    embedded = await startEmbeddedPostgres(dataDir);
    sink = await startSmtpSink();
    gateway = await startGateway({
      port: 0,
      databaseUrl: embedded.databaseUrl,
      ...EMBEDDED_GATEWAY_OPTIONS,
      jobs: 'in-process',
      mailer: createSmtpMailer(sink.url, 'Adal <adal@test.adal.kz>'),
      appUrl: APP_URL,
      jobTuning: { clock: () => now },
    });
    now = new Date('2026-06-10T03:00:00Z');
    await seedTraining(gateway.orm);
  });

  afterAll(async () => {
    await gateway?.close();
    await sink?.close();
    await embedded?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('runs in the process and delivers the reminders once', async () => {
    expect(gateway.jobs?.mode).toBe('in-process');
    now = new Date('2026-06-21T03:00:00Z');
    await gateway.jobs?.runJobNow('training.reminders');
    const mails = await sink.waitFor(2);
    expect(mails.map((mail) => mail.to.join(',')).sort()).toEqual([
      'aigul@test.adal.kz',
      'olga@test.adal.kz',
    ]);
    await gateway.jobs?.runJobNow('training.reminders');
    await new Promise((done) => setTimeout(done, 300));
    expect(sink.received).toHaveLength(2);
  });
});
