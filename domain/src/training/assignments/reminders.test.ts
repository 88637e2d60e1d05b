import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import type { IPerson } from '../../org/person.entity.js';
import { Person } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrgUnit,
  buildPerson,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { createAssignment } from './assignments.js';
import { reminderMail } from './reminder-mail.js';
import { dueReminders, markReminderSent, type DueReminder } from './reminders.js';
import {
  buildPublishedCourse,
  createTrainingDatabase,
  takeTest,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';

let db: TestDatabase;
let org: BuiltOrganization;
let inTx: TrainingDatabase['inTx'];
let built: BuiltCourse;
let waiting: IPerson;
let russian: IPerson;
let passer: IPerson;

const DUE_ON = '2026-06-22';
const at = (day: string): Date => new Date(`${day}T03:00:00Z`);

function due(day: string): Promise<DueReminder[]> {
  return dueReminders(db.orm.em.fork(), org.organization.id, at(day));
}

async function markAll(day: string): Promise<void> {
  await inTx(async (em) => {
    for (const reminder of await dueReminders(em, org.organization.id, at(day))) {
      markReminderSent(em, reminder, at(day));
    }
  });
}

function summary(reminders: DueReminder[]): string[] {
  return reminders.map((r) => `${r.email} ${r.kind} ${r.step}`).sort();
}

beforeAll(async () => {
  let manager: Actor;
  ({ db, org, manager, inTx } = await createTrainingDatabase());
  built = await buildPublishedCourse(db.orm, manager);
  [waiting, russian, passer] = await inTx(async (em) => {
    const sales = buildOrgUnit(em, org.organization, org.root, 'Sales');
    return [
      buildPerson(em, org.organization, sales, { email: 'waiting@test.adal.kz', fullName: 'Айгүл Серікова' }),
      buildPerson(em, org.organization, sales, { email: 'russian@test.adal.kz', fullName: 'Ольга Ким' }),
      buildPerson(em, org.organization, sales, { email: 'passer@test.adal.kz' }),
    ];
  });
  await inTx(async (em) => {
    const person = await em.findOneOrFail(Person, { id: russian.id });
    person.locale = 'ru';
  });
  const sales = waiting.orgUnit.id;
  await inTx((em) =>
    createAssignment(
      em,
      manager,
      {
        courseId: built.course.id,
        audience: 'org_units',
        orgUnitIds: [sales],
        dueOn: DUE_ON,
        recurrence: 'once',
      },
      at('2026-06-10'),
    ),
  );
  await takeTest(db.orm, actorOf(passer, ['employee']), built.test.id, 10, at('2026-06-12'));
});

afterAll(async () => {
  await db?.drop();
});

describe('training reminders', () => {
  it('selects nobody while the due date is more than a week away', async () => {
    expect(await due('2026-06-14')).toEqual([]);
  });

  it('selects the people not yet passed a week before the due date, with what the e-mail needs', async () => {
    const reminders = await due('2026-06-15');
    expect(summary(reminders)).toEqual([
      'russian@test.adal.kz due_soon 7',
      'waiting@test.adal.kz due_soon 7',
    ]);
    expect(reminders.find((r) => r.personId === russian.id)).toMatchObject({
      locale: 'ru',
      fullName: 'Ольга Ким',
      dueOn: DUE_ON,
      courseTitle: { ru: 'Общий курс', kk: 'Жалпы курс' },
      organizationId: org.organization.id,
    });
  });

  it('does not select a reminder again once it is marked sent', async () => {
    await markAll('2026-06-15');
    expect(await due('2026-06-15')).toEqual([]);
    expect(await due('2026-06-18')).toEqual([]);
  });

  it('refuses to record the same reminder twice', async () => {
    const [reminder] = await due('2026-06-21');
    if (!reminder) throw new Error('expected a reminder the day before');
    await inTx(async (em) => {
      markReminderSent(em, reminder, at('2026-06-21'));
    });
    await expect(
      inTx(async (em) => {
        markReminderSent(em, reminder, at('2026-06-21'));
      }),
    ).rejects.toThrow(/unique/i);
  });

  it('reminds once more the day before the due date', async () => {
    // The previous test recorded the first of the two (ordered by e-mail).
    expect(summary(await due('2026-06-21'))).toEqual(['waiting@test.adal.kz due_soon 1']);
    await markAll('2026-06-21');
    expect(await due('2026-06-22')).toEqual([]);
  });

  it('reminds on the first day overdue, then weekly, and never the person who passed', async () => {
    expect(summary(await due('2026-06-23'))).toEqual([
      'russian@test.adal.kz overdue 0',
      'waiting@test.adal.kz overdue 0',
    ]);
    await markAll('2026-06-23');
    expect(await due('2026-06-29')).toEqual([]);
    expect(summary(await due('2026-06-30'))).toEqual([
      'russian@test.adal.kz overdue 1',
      'waiting@test.adal.kz overdue 1',
    ]);
  });

  it('stops reminding a person once they pass', async () => {
    await takeTest(db.orm, actorOf(waiting, ['employee']), built.test.id, 10, at('2026-06-30'));
    expect(summary(await due('2026-06-30'))).toEqual(['russian@test.adal.kz overdue 1']);
  });
});

describe('reminder e-mail', () => {
  const reminder: DueReminder = {
    enrolmentId: 'e',
    organizationId: 'o',
    personId: 'p',
    email: 'ok@test.adal.kz',
    fullName: 'Ольга Ким',
    locale: 'ru',
    courseTitle: { kk: 'Жалпы курс', ru: 'Общий курс', en: 'General course' },
    dueOn: DUE_ON,
    kind: 'due_soon',
    step: 7,
  };

  it('speaks the person’s language, names the course, the due date and links to My training', () => {
    const mail = reminderMail(reminder, 'https://adal.example.kz/');
    expect(mail.to).toBe('ok@test.adal.kz');
    expect(mail.subject).toBe('Приближается срок обучения: «Общий курс»');
    expect(mail.text).toContain('Ольга Ким');
    expect(mail.text).toContain('22.06.2026');
    expect(mail.text).toContain('https://adal.example.kz/training/');
  });

  it('has its own wording in Kazakh and English and for an overdue course', () => {
    expect(reminderMail({ ...reminder, locale: 'kk' }, 'http://x').subject).toBe(
      'Оқу мерзімі жақындап қалды: «Жалпы курс»',
    );
    expect(reminderMail({ ...reminder, locale: 'en', kind: 'overdue' }, 'http://x').subject).toBe(
      'Training overdue: “General course”',
    );
  });
});
