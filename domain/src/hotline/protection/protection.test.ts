import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { ProtectionRecord } from './protection-record.entity.js';
import {
  activeProtection,
  grantProtection,
  grantStateBodyProtection,
  listProtectionRecords,
} from './protection.js';

let db: TestDatabase;
let org: BuiltOrganization;
let head: Actor;
let investigator: Actor;
let reporter: IPerson;
let witness: IPerson;

const NOW = new Date('2026-05-20T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  const headPerson = buildPerson(em, org.organization, org.root, { fullName: 'Compliance Head' });
  const investigatorPerson = buildPerson(em, org.organization, org.root, { fullName: 'Investigator' });
  reporter = buildPerson(em, org.organization, org.root, { fullName: 'Айгүл Серікова' });
  witness = buildPerson(em, org.organization, org.root, { fullName: 'Witness' });
  await em.flush();
  head = actorOf(headPerson, ['employee', 'compliance_head']);
  investigator = actorOf(investigatorPerson, ['employee', 'hotline_investigator']);
});

afterAll(async () => {
  await db?.drop();
});

describe('protection of a person who reported to a state body (§40.1)', () => {
  const officerOf = (person: IPerson) => actorOf(person, ['employee', 'compliance_officer']);

  it('runs the 3 years from the day the report reached the state body, as compliance staff record it', async () => {
    const person = await inTx(async (em) => {
      const p = buildPerson(em, org.organization, org.root, { fullName: 'Агентке хабарлаған' });
      await em.flush();
      return p;
    });
    const input = {
      personId: person.id,
      basis: 'open_reporter' as const,
      stateBodyName: '  Агентство по противодействию   коррупции ',
      reportedOn: '2026-04-14',
    };
    const record = await inTx((em) => grantStateBodyProtection(em, officerOf(witness), input, NOW));
    expect(record).toMatchObject({
      person: { id: person.id },
      reportedTo: 'state_body',
      stateBodyName: 'Агентство по противодействию коррупции',
      reportedOn: '2026-04-14',
      reportId: null,
      reportNumber: null,
      startsOn: '2026-04-14',
      endsOn: '2029-04-16', // 14 April 2029 is a Saturday
      active: true,
    });
    const again = await inTx((em) => grantStateBodyProtection(em, head, input, NOW));
    expect(again.id).toBe(record.id);
    const listed = await listProtectionRecords(db.orm.em.fork(), head, {}, NOW);
    expect(listed.filter((r) => r.person.id === person.id)).toHaveLength(1);
  });

  it('refuses a start date in the future and writes nothing', async () => {
    const before = await db.orm.em.fork().count(ProtectionRecord, {});
    const error = await inTx((em) =>
      grantStateBodyProtection(
        em,
        head,
        { personId: witness.id, basis: 'assisted', stateBodyName: 'Прокуратура', reportedOn: '2026-05-21' },
        NOW,
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).messageKey).toBe('hotline.protection.reportDateInFuture');
    expect(await db.orm.em.fork().count(ProtectionRecord, {})).toBe(before);
  });

  it('refuses a record without the body, and leaves it to compliance staff', async () => {
    const error = await inTx((em) =>
      grantStateBodyProtection(
        em,
        head,
        { personId: witness.id, basis: 'assisted', stateBodyName: '  ', reportedOn: '2026-05-01' },
        NOW,
      ),
    ).catch((e: unknown) => e);
    expect((error as ValidationError).messageKey).toBe('hotline.protection.stateBodyRequired');
    await expect(
      inTx((em) =>
        grantStateBodyProtection(
          em,
          investigator,
          { personId: witness.id, basis: 'assisted', stateBodyName: 'Прокуратура', reportedOn: '2026-05-01' },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('protection of reporters (§40.1)', () => {
  it('protects a person for 3 years from the report date, both ends included', async () => {
    const reportId = newId();
    const record = await inTx((em) =>
      grantProtection(
        em,
        head,
        {
          personId: reporter.id,
          basis: 'open_reporter',
          reportId,
          reportNumber: 'HL-2025-0007',
          reportDate: '2025-03-10',
        },
        NOW,
      ),
    );
    expect(record).toMatchObject({
      person: { id: reporter.id, fullName: 'Айгүл Серікова' },
      basis: 'open_reporter',
      reportNumber: 'HL-2025-0007',
      startsOn: '2025-03-10',
      endsOn: '2028-03-10',
      active: true,
    });
    const em = db.orm.em.fork();
    const on = (day: string) => activeProtection(em, org.organization.id, reporter.id, day);
    expect(await on('2025-03-09')).toBeNull();
    expect((await on('2025-03-10'))?.id).toBe(record.id);
    expect((await on('2028-03-10'))?.id).toBe(record.id);
    expect(await on('2028-03-11')).toBeNull();
  });

  it('ends on the next working day when the last day of the 3 years is a day off (Civil Code art. 173)', async () => {
    const record = await inTx((em) =>
      grantProtection(
        em,
        head,
        {
          personId: witness.id,
          basis: 'assisted',
          reportId: newId(),
          reportNumber: 'HL-2024-0009',
          reportDate: '2024-05-09',
        },
        NOW,
      ),
    );
    // 9 May 2027 is a Sunday and Victory Day; Monday 10 May is its day off: Tuesday 11 May.
    expect(record).toMatchObject({ startsOn: '2024-05-09', endsOn: '2027-05-11' });
  });

  it('reads an instant of the report as the day in Kazakhstan', async () => {
    const record = await inTx((em) =>
      grantProtection(
        em,
        investigator,
        {
          personId: witness.id,
          basis: 'assisted',
          reportId: newId(),
          reportNumber: 'HL-2026-0002',
          // 22:30 in Kazakhstan on 1 February.
          reportDate: new Date('2026-02-01T17:30:00Z'),
        },
        NOW,
      ),
    );
    expect(record).toMatchObject({ basis: 'assisted', startsOn: '2026-02-01', endsOn: '2029-02-01' });
  });

  it('returns the first record when the same person is protected for the same report again', async () => {
    const reportId = newId();
    const input = {
      personId: witness.id,
      basis: 'assisted' as const,
      reportId,
      reportNumber: 'HL-2026-0003',
      reportDate: '2026-04-01',
    };
    const first = await inTx((em) => grantProtection(em, head, input, NOW));
    const second = await inTx((em) => grantProtection(em, investigator, input, NOW));
    expect(second.id).toBe(first.id);
    expect(await db.orm.em.fork().count(ProtectionRecord, { reportId })).toBe(1);
    const events = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'protection.granted', entityId: first.id });
    expect(events).toHaveLength(1);
  });

  it('writes the grant on the audit trail without naming the person or the report', async () => {
    const record = await inTx((em) =>
      grantProtection(
        em,
        head,
        {
          personId: reporter.id,
          basis: 'open_reporter',
          reportId: newId(),
          reportNumber: 'HL-2026-0010',
          reportDate: '2026-05-01',
        },
        NOW,
      ),
    );
    const [event] = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'protection.granted', entityId: record.id });
    expect(event?.actorPersonId).toBe(head.personId);
    expect(event?.data).toEqual({
      basis: 'open_reporter',
      reportedTo: 'hotline',
      startsOn: '2026-05-01',
      endsOn: '2029-05-01',
      hrActionsFlagged: 0,
    });
    expect(JSON.stringify(event?.data)).not.toContain(reporter.id);
    expect(JSON.stringify(event?.data)).not.toContain('HL-2026-0010');
  });

  it('refuses a grant by someone who neither runs the hotline nor investigates', async () => {
    const grant = inTx((em) =>
      grantProtection(
        em,
        org.admin,
        {
          personId: reporter.id,
          basis: 'assisted',
          reportId: newId(),
          reportNumber: 'HL-2026-0001',
          reportDate: '2026-01-01',
        },
        NOW,
      ),
    );
    await expect(grant).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses a report date in the future, an unknown basis and a person of another organisation', async () => {
    const base = {
      personId: reporter.id,
      basis: 'assisted' as const,
      reportId: newId(),
      reportNumber: 'HL-2026-0001',
      reportDate: '2026-05-21',
    };
    await expect(inTx((em) => grantProtection(em, head, base, NOW))).rejects.toBeInstanceOf(ValidationError);
    await expect(
      inTx((em) =>
        grantProtection(em, head, { ...base, reportDate: '2026-05-01', basis: 'friend' as never }, NOW),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    const other = await buildOrganization(db.orm.em.fork());
    await expect(
      inTx((em) =>
        grantProtection(em, head, { ...base, reportDate: '2026-05-01', personId: other.adminPerson.id }, NOW),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists the records for the protection readers, only those in force when asked', async () => {
    await inTx((em) =>
      grantProtection(
        em,
        head,
        {
          personId: witness.id,
          basis: 'assisted',
          reportId: newId(),
          reportNumber: 'HL-2022-0001',
          reportDate: '2022-01-10',
        },
        NOW,
      ),
    );
    const all = await listProtectionRecords(db.orm.em.fork(), head, {}, NOW);
    const active = await listProtectionRecords(db.orm.em.fork(), head, { activeOnly: true }, NOW);
    expect(all.find((r) => r.reportNumber === 'HL-2022-0001')).toMatchObject({
      active: false,
      endsOn: '2025-01-10',
    });
    expect(active.map((r) => r.reportNumber)).not.toContain('HL-2022-0001');
    expect(active.every((r) => r.active)).toBe(true);
    await expect(listProtectionRecords(db.orm.em.fork(), org.admin, {}, NOW)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    for (const role of ['auditor', 'compliance_officer'] as const) {
      await expect(
        listProtectionRecords(db.orm.em.fork(), { ...head, roles: [role] }, {}, NOW),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listProtectionRecords(db.orm.em.fork(), investigator, {}, NOW)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
