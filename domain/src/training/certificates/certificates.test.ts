import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261204121500_certificate_valid_until as ValidUntilMigration } from '../../../migrations/Migration20261204121500_certificate_valid_until.js';
import { forTenant } from '../../database/tenant-filter.js';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addCalendarDays } from '../../kernel/working-days.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { createAssignment } from '../assignments/assignments.js';
import { Certificate } from './certificate.entity.js';
import { certificateForPrint, verifyCertificate } from './certificates.js';
import { calendarPeriod, nextDueAfterPass } from '../assignments/cycles.js';
import {
  buildPublishedCourse,
  createTrainingDatabase,
  enrolNewcomers,
  takeTest,
  type BuiltCourse,
} from '../training-fixtures.js';
import { myCertificates, personCertificates } from './person-certificates.js';
import { certificateStanding } from './validity.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
/** Passed a half-yearly course and a one-off course today. */
let holder: Actor;
let halfYearly: BuiltCourse;
let once: BuiltCourse;

const today = kazakhstanDay(new Date());
/** The current half-year's last day: the first due date of the half-yearly assignment. */
const dueThisHalf = calendarPeriod('half_yearly', today).last;
/** The next half-year's last day: what a pass this half-year is valid until. */
const dueNextHalf = calendarPeriod('half_yearly', addCalendarDays(dueThisHalf, 1)).last;

const certificatesOfHolder = () => db.orm.em.fork().find(Certificate, { person: holder.personId });

beforeAll(async () => {
  ({ db, org, manager } = await createTrainingDatabase());
  halfYearly = await buildPublishedCourse(db.orm, manager, {
    questions: 4,
    title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов' },
  });
  once = await buildPublishedCourse(db.orm, manager, {
    questions: 4,
    title: { kk: 'Кіріспе', ru: 'Введение', en: 'Induction' },
  });
  const em = db.orm.em.fork();
  const person = buildPerson(em, org.organization, org.root, { fullName: 'Әсел Құрманғазықызы' });
  await em.flush();
  holder = actorOf(person, ['employee']);
  await db.orm.em.fork().transactional(async (tx) => {
    await createAssignment(tx, manager, {
      courseId: halfYearly.course.id,
      audience: 'whole_org',
      dueOn: dueThisHalf,
      recurrence: 'half_yearly',
    });
    await createAssignment(tx, manager, {
      courseId: once.course.id,
      audience: 'whole_org',
      dueOn: '2099-12-31',
      recurrence: 'once',
    });
  });
  await enrolNewcomers(db.orm, org.organization.id);
  await takeTest(db.orm, holder, halfYearly.test.id, 4);
  await takeTest(db.orm, holder, once.test.id, 4);
});

afterAll(async () => {
  await db?.drop();
});

describe('the next due date after a pass (§19, §52.3, §68)', () => {
  it('carries a pass in the current half-year to the end of the next one', () => {
    const assignment = { dueOn: '2026-06-30', recurrence: 'half_yearly' } as const;
    expect(nextDueAfterPass(assignment, '2026-03-10')).toBe('2026-12-31');
    expect(nextDueAfterPass(assignment, '2026-06-30')).toBe('2026-12-31');
    expect(nextDueAfterPass(assignment, '2026-07-01')).toBe('2027-06-30');
    expect(nextDueAfterPass(assignment, '2026-12-31')).toBe('2027-06-30');
  });

  it('carries a pass in the current year to the end of the next year', () => {
    expect(nextDueAfterPass({ dueOn: '2026-12-31', recurrence: 'yearly' }, '2026-02-01')).toBe('2027-12-31');
  });

  it('keeps the first due date for a pass before the first period began', () => {
    expect(nextDueAfterPass({ dueOn: '2027-06-30', recurrence: 'half_yearly' }, '2026-11-05')).toBe(
      '2027-06-30',
    );
  });

  it('sets none for a course taken once', () => {
    expect(nextDueAfterPass({ dueOn: '2026-06-30', recurrence: 'once' }, '2026-03-10')).toBeNull();
  });

  it('counts a certificate valid through its last day and expired from the next', () => {
    // 2026-06-30 19:00 UTC is already 1 July in Kazakhstan (UTC+5).
    expect(certificateStanding('2026-06-30', new Date('2026-06-30T18:59:00Z'))).toBe('valid');
    expect(certificateStanding('2026-06-30', new Date('2026-06-30T19:00:00Z'))).toBe('expired');
    expect(certificateStanding(null, new Date('2100-01-01T00:00:00Z'))).toBe('valid');
  });
});

describe('certificate expiry', () => {
  it('records the next due date of the holder’s cycle for a recurring course, none for a one-off one', async () => {
    const certificates = await certificatesOfHolder();
    const byCourse = new Map(certificates.map((c) => [c.course.id, c]));
    expect(byCourse.get(halfYearly.course.id)?.validUntil).toBe(dueNextHalf);
    expect(byCourse.get(once.course.id)?.validUntil).toBeNull();
  });

  it('is verified as valid until that day and expired after it', async () => {
    const code = (await certificatesOfHolder()).find(
      (c) => c.course.id === halfYearly.course.id,
    )?.verificationCode;
    const now = await verifyCertificate(db.orm.em.fork(), code ?? '');
    expect(now).toMatchObject({ validUntil: dueNextHalf, standing: 'valid' });
    const later = new Date(Date.parse(`${dueNextHalf}T12:00:00Z`) + 86_400_000);
    expect(await verifyCertificate(db.orm.em.fork(), code ?? '', later)).toMatchObject({
      validUntil: dueNextHalf,
      standing: 'expired',
    });
  });

  it('is filled in for certificates issued before the column existed (the migration’s backfill)', async () => {
    const em = db.orm.em.fork();
    await em.execute('update certificate set valid_until = null where person_id = ?', [holder.personId]);
    const migration = new ValidUntilMigration(db.orm.em.getDriver(), db.orm.config);
    await migration.up();
    const [, backfill] = migration.getQueries();
    await em.execute(String(backfill));
    const certificates = await certificatesOfHolder();
    const byCourse = new Map(certificates.map((c) => [c.course.id, c.validUntil]));
    expect(byCourse.get(halfYearly.course.id)).toBe(dueNextHalf);
    expect(byCourse.get(once.course.id)).toBeNull();
  });
});

describe('certificate issue day', () => {
  it('is the day on the clocks of Kazakhstan, not in UTC', async () => {
    const code = (await certificatesOfHolder()).find((c) => c.course.id === once.course.id)?.verificationCode;
    const em = db.orm.em.fork();
    const [row] = await em.execute<{ issued_at: Date }[]>(
      'select issued_at from certificate where verification_code = ?',
      [code],
    );
    try {
      // 20:00 UTC on 3 December is 01:00 on 4 December in Kazakhstan (UTC+5).
      await em.execute('update certificate set issued_at = ? where verification_code = ?', [
        '2026-12-03T20:00:00Z',
        code,
      ]);
      expect((await verifyCertificate(db.orm.em.fork(), code ?? ''))?.issuedOn).toBe('2026-12-04');
    } finally {
      await em.execute('update certificate set issued_at = ? where verification_code = ?', [
        row?.issued_at,
        code,
      ]);
    }
  });
});

describe('certificate print language', () => {
  it('prints in the holder’s interface language unless another is asked for', async () => {
    const code = (await certificatesOfHolder())[0]?.verificationCode ?? '';
    expect((await certificateForPrint(db.orm.em.fork(), code))?.locale).toBe('kk');
    expect((await certificateForPrint(db.orm.em.fork(), code, 'en'))?.locale).toBe('en');
  });

  it('fills a course title left without English from Russian', async () => {
    const code = (await certificatesOfHolder()).find(
      (c) => c.course.id === halfYearly.course.id,
    )?.verificationCode;
    const print = await certificateForPrint(db.orm.em.fork(), code ?? '', 'en');
    expect(print?.courseTitle).toEqual({
      kk: 'Мүдделер қақтығысы',
      ru: 'Конфликт интересов',
      en: 'Конфликт интересов',
    });
  });
});

describe('a person’s certificates', () => {
  it('lists them newest first for the training administrator, with course, score, expiry and standing', async () => {
    const list = await personCertificates(db.orm.em.fork(), manager, holder.personId);
    expect(list.fullName).toBe('Әсел Құрманғазықызы');
    expect(list.certificates).toHaveLength(2);
    expect(list.certificates[0]?.issuedAt.getTime()).toBeGreaterThanOrEqual(
      list.certificates[1]?.issuedAt.getTime() ?? 0,
    );
    expect(list.certificates.find((c) => c.courseId === halfYearly.course.id)).toMatchObject({
      courseTitle: { kk: 'Мүдделер қақтығысы' },
      scorePercent: 100,
      validUntil: dueNextHalf,
      standing: 'valid',
    });
    const afterExpiry = new Date(Date.parse(`${dueNextHalf}T23:00:00Z`));
    const later = await personCertificates(db.orm.em.fork(), manager, holder.personId, afterExpiry);
    expect(later.certificates.find((c) => c.courseId === halfYearly.course.id)?.standing).toBe('expired');
    expect(later.certificates.find((c) => c.courseId === once.course.id)?.standing).toBe('valid');
  });

  it('lets the organisation’s administrator read them, and neither the employee nor an auditor', async () => {
    const em = db.orm.em.fork();
    const admin = actorOf(buildPerson(em, org.organization, org.root), ['employee', 'org_admin']);
    const auditor = actorOf(buildPerson(em, org.organization, org.root), ['employee', 'auditor']);
    await em.flush();
    expect((await personCertificates(db.orm.em.fork(), admin, holder.personId)).certificates).toHaveLength(2);
    await expect(personCertificates(db.orm.em.fork(), holder, holder.personId)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(personCertificates(db.orm.em.fork(), auditor, holder.personId)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('does not find an unknown person nor one of another organisation', async () => {
    await expect(personCertificates(db.orm.em.fork(), manager, 'not-an-id')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const other = await buildOrganization(db.orm.em.fork(), { name: 'Басқа ұйым' });
    const otherManager: Actor = { ...other.admin, roles: ['employee', 'training_admin'] };
    await expect(
      personCertificates(forTenant(db.orm.em, other.organization.id), otherManager, holder.personId),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows each person their own certificates only', async () => {
    expect((await myCertificates(db.orm.em.fork(), holder)).map((c) => c.courseId).sort()).toEqual(
      [halfYearly.course.id, once.course.id].sort(),
    );
    expect(await myCertificates(db.orm.em.fork(), manager)).toEqual([]);
  });
});
