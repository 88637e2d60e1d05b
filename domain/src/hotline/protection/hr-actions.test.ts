import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { ImportRowError } from '../../org/people-import-rows.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { HrAction } from './hr-action.entity.js';
import {
  attachCommissionRecommendation,
  finalizeHrAction,
  flaggedHrActions,
  importHrActions,
  listHrActions,
  recordHrAction,
} from './hr-actions.js';
import { grantProtection } from './protection.js';

let db: TestDatabase;
let org: BuiltOrganization;
let hr: Actor;
let head: Actor;
let reporter: IPerson;
let colleague: IPerson;

const NOW = new Date('2026-05-20T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

function csv(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function rowErrors(promise: Promise<unknown>): Promise<ImportRowError[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return ((error as ValidationError).details?.['errors'] ?? []) as ImportRowError[];
}

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  const headPerson = buildPerson(em, org.organization, org.root, { fullName: 'Compliance Head' });
  reporter = buildPerson(em, org.organization, org.root, {
    fullName: 'Protected Reporter',
    email: 'reporter@test.adal.kz',
  });
  colleague = buildPerson(em, org.organization, org.root, {
    fullName: 'Unprotected Colleague',
    email: 'colleague@test.adal.kz',
  });
  await em.flush();
  await em.nativeUpdate(Person, { id: colleague.id }, { iin: '900101400013' });
  hr = { ...org.admin, roles: ['employee', 'hr_officer'] };
  head = actorOf(headPerson, ['employee', 'compliance_head']);
  await inTx((tx) =>
    grantProtection(
      tx,
      head,
      {
        personId: reporter.id,
        basis: 'open_reporter',
        reportId: newId(),
        reportNumber: 'HL-2026-0001',
        reportDate: '2026-01-15',
      },
      NOW,
    ),
  );
});

afterAll(async () => {
  await db?.drop();
});

describe('HR actions against protected people (§40.1)', () => {
  it('flags a dismissal of a protected person to the compliance head', async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: reporter.id,
          kind: 'dismissal',
          initiator: 'employer',
          decidedOn: '2026-05-18',
          description: 'Redundancy',
        },
        NOW,
      ),
    );
    expect(action).toMatchObject({ status: 'draft', flagged: true, flaggedAt: NOW });
    const flagged = await flaggedHrActions(db.orm.em.fork(), head);
    expect(flagged.map((a) => a.id)).toContain(action.id);
  });

  it('refuses to make it final without the commission recommendation and changes nothing', async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: reporter.id,
          kind: 'transfer',
          initiator: 'employer',
          decidedOn: '2026-05-19',
          description: 'To the branch office',
        },
        NOW,
      ),
    );
    const refused = inTx((em) => finalizeHrAction(em, hr, action.id, NOW));
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow(/disciplinary commission's recommendation/);

    const stored = await db.orm.em.fork().findOneOrFail(HrAction, { id: action.id });
    expect(stored.status).toBe('draft');
    expect(stored.finalizedAt).toBeNull();
    expect(
      await db.orm.em.fork().count(AuditEvent, { action: 'hr_action.finalized', entityId: action.id }),
    ).toBe(0);
  });

  it('makes it final once the commission recommendation is attached', async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: reporter.id,
          kind: 'disciplinary',
          initiator: 'employer',
          decidedOn: '2026-05-19',
          description: 'Reprimand',
        },
        NOW,
      ),
    );
    const attached = await inTx((em) =>
      attachCommissionRecommendation(
        em,
        head,
        action.id,
        { reference: 'Protocol No. 4', on: '2026-05-19' },
        NOW,
      ),
    );
    expect(attached).toMatchObject({
      commissionRecommendation: 'Protocol No. 4',
      commissionRecommendationOn: '2026-05-19',
    });
    const final = await inTx((em) => finalizeHrAction(em, hr, action.id, NOW));
    expect(final).toMatchObject({ status: 'final', finalizedAt: NOW, flagged: true });
    const [event] = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'hr_action.finalized', entityId: action.id });
    expect(event?.data).toEqual({ kind: 'disciplinary', withCommissionRecommendation: true });
    await expect(inTx((em) => finalizeHrAction(em, hr, action.id, NOW))).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("does not hold a protected person's dismissal at their own request, and makes it final directly", async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: reporter.id,
          kind: 'dismissal',
          initiator: 'employee',
          decidedOn: '2026-05-18',
          description: 'Own wish',
        },
        NOW,
      ),
    );
    expect(action).toMatchObject({ initiator: 'employee', flagged: false });
    expect(await flaggedHrActions(db.orm.em.fork(), head)).not.toContainEqual(
      expect.objectContaining({ id: action.id }),
    );
    const final = await inTx((em) => finalizeHrAction(em, hr, action.id, NOW));
    expect(final.status).toBe('final');
  });

  it('refuses an HR action with no initiator, and writes nothing', async () => {
    const before = await db.orm.em.fork().count(HrAction, {});
    const error = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        { personId: reporter.id, kind: 'dismissal', decidedOn: '2026-05-18', description: 'Redundancy' },
        NOW,
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).messageKey).toBe('hotline.hr.initiatorRequired');
    expect(await db.orm.em.fork().count(HrAction, {})).toBe(before);
  });

  it('makes an action against an unprotected person final directly', async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: colleague.id,
          kind: 'dismissal',
          initiator: 'employer',
          decidedOn: '2026-05-18',
          description: 'Own wish',
        },
        NOW,
      ),
    );
    expect(action.flagged).toBe(false);
    expect(await flaggedHrActions(db.orm.em.fork(), head)).not.toContainEqual(
      expect.objectContaining({ id: action.id }),
    );
    const final = await inTx((em) => finalizeHrAction(em, hr, action.id, NOW));
    expect(final.status).toBe('final');
  });

  it("keeps HR's unflagged actions from the compliance head: NOT_FOUND, as in her list, and nothing changes", async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: colleague.id,
          kind: 'transfer',
          initiator: 'employer',
          decidedOn: '2026-05-18',
          description: 'To the branch',
        },
        NOW,
      ),
    );
    const attach = inTx((em) =>
      attachCommissionRecommendation(
        em,
        head,
        action.id,
        { reference: 'Protocol No. 9', on: '2026-05-19' },
        NOW,
      ),
    );
    await expect(attach).rejects.toBeInstanceOf(NotFoundError);
    const stored = await db.orm.em.fork().findOneOrFail(HrAction, { id: action.id });
    expect(stored.commissionRecommendation).toBeNull();
  });

  it('does not flag an action decided before the protection began', async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: reporter.id,
          kind: 'transfer',
          initiator: 'employer',
          decidedOn: '2026-01-14',
          description: 'Planned rotation',
        },
        NOW,
      ),
    );
    expect(action.flagged).toBe(false);
  });

  it('flags the drafts of a person who is granted protection after HR entered them', async () => {
    const person = await inTx(async (em) => {
      const p = buildPerson(em, org.organization, org.root, { fullName: 'Late Witness' });
      await em.flush();
      return p;
    });
    const draft = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: person.id,
          kind: 'dismissal',
          initiator: 'employer',
          decidedOn: '2026-05-10',
          description: 'Absence',
        },
        NOW,
      ),
    );
    expect(draft.flagged).toBe(false);
    const agreed = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: person.id,
          kind: 'transfer',
          initiator: 'agreement',
          decidedOn: '2026-05-11',
          description: 'By agreement of the parties',
        },
        NOW,
      ),
    );
    await inTx((em) =>
      grantProtection(
        em,
        head,
        {
          personId: person.id,
          basis: 'assisted',
          reportId: newId(),
          reportNumber: 'HL-2026-0004',
          reportDate: '2026-05-01',
        },
        NOW,
      ),
    );
    const [flagged] = (await flaggedHrActions(db.orm.em.fork(), head)).filter((a) => a.id === draft.id);
    expect(flagged?.flagged).toBe(true);
    await expect(inTx((em) => finalizeHrAction(em, hr, draft.id, NOW))).rejects.toBeInstanceOf(ConflictError);
    // Only the employer's initiative is caught by a later grant; a transfer by agreement is not.
    const stillAgreed = await db.orm.em.fork().findOneOrFail(HrAction, { id: agreed.id });
    expect(stillAgreed.flaggedAt).toBeNull();
    expect((await inTx((em) => finalizeHrAction(em, hr, agreed.id, NOW))).status).toBe('final');
  });

  it('shows HR every action and the compliance head only the flagged ones', async () => {
    const forHr = await listHrActions(db.orm.em.fork(), hr);
    const forHead = await listHrActions(db.orm.em.fork(), head);
    expect(forHr.some((a) => !a.flagged)).toBe(true);
    expect(forHead.length).toBeGreaterThan(0);
    expect(forHead.every((a) => a.flagged)).toBe(true);
    const employee = actorOf(colleague, ['employee']);
    await expect(listHrActions(db.orm.em.fork(), employee)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lets only HR enter and finalise actions', async () => {
    await expect(
      inTx((em) =>
        recordHrAction(
          em,
          head,
          {
            personId: colleague.id,
            kind: 'dismissal',
            initiator: 'employer',
            decidedOn: '2026-05-18',
            description: 'x',
          },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const draft = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: colleague.id,
          kind: 'transfer',
          initiator: 'employer',
          decidedOn: '2026-05-18',
          description: 'x',
        },
        NOW,
      ),
    );
    await expect(inTx((em) => finalizeHrAction(em, head, draft.id, NOW))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('records each entry on the audit trail without the person', async () => {
    const action = await inTx((em) =>
      recordHrAction(
        em,
        hr,
        {
          personId: reporter.id,
          kind: 'dismissal',
          initiator: 'employer',
          decidedOn: '2026-05-20',
          description: 'Audit check',
        },
        NOW,
      ),
    );
    const [event] = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'hr_action.recorded', entityId: action.id });
    expect(event?.data).toEqual({
      kind: 'dismissal',
      initiator: 'employer',
      decidedOn: '2026-05-20',
      flagged: true,
    });
  });
});

describe('importing HR actions', () => {
  const HEADER = 'email,iin,kind,initiator,decided_on,description';

  it('writes nothing when one row is bad, and names every problem with its row and column', async () => {
    const before = await db.orm.em.fork().count(HrAction, {});
    const errors = await rowErrors(
      inTx((em) =>
        importHrActions(
          em,
          hr,
          {
            filename: 'hr.csv',
            content: csv([
              HEADER,
              'colleague@test.adal.kz,,transfer,employer,2026-05-01,To Almaty',
              'nobody@test.adal.kz,,dismissal,employer,2026-05-02,Absence',
              'reporter@test.adal.kz,,promotion,,31.02.2026,',
            ]),
          },
          NOW,
        ),
      ),
    );
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual([
      '3:email',
      '4:kind',
      '4:initiator',
      '4:decided_on',
      '4:description',
    ]);
    // Each problem is a message key with its parameters, which the client says in the reader's language.
    expect(errors.map(({ messageKey, params }) => ({ messageKey, params }))).toEqual([
      { messageKey: 'hotline.hrImport.unknownEmail', params: { email: 'nobody@test.adal.kz' } },
      { messageKey: 'hotline.hrImport.kindUnknown', params: { value: 'promotion' } },
      { messageKey: 'hotline.hr.initiatorRequired', params: undefined },
      { messageKey: 'hotline.hrImport.notDate', params: { value: '31.02.2026' } },
      { messageKey: 'hotline.hr.descriptionRequired', params: undefined },
    ]);
    expect(await db.orm.em.fork().count(HrAction, {})).toBe(before);
  });

  it('imports a clean XLSX export, finding people by email or IIN and flagging protected ones', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Actions');
    sheet.addRow(['Email', 'IIN', 'Kind', 'Initiator', 'Decided on', 'Description']);
    sheet.addRow(['', '900101400013', 'перевод', 'по инициативе работодателя', '04.05.2026', 'В филиал']);
    sheet.addRow(['REPORTER@test.adal.kz', '', 'тәртіптік жаза', 'жұмыс беруші', '2026-05-05', 'Ескерту']);
    // §40.1 restrains the employer's initiative only: leaving at one's own request is not held.
    sheet.addRow([
      'reporter@test.adal.kz',
      '',
      'увольнение',
      'по собственному желанию',
      '2026-05-05',
      'Заявление',
    ]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await inTx((em) => importHrActions(em, hr, { filename: 'hr.xlsx', content }, NOW));
    expect(report).toEqual({ created: 3, flagged: 1 });

    const em = db.orm.em.fork();
    const imported = await em.find(
      HrAction,
      { decidedOn: { $in: ['2026-05-04', '2026-05-05'] } },
      { orderBy: { decidedOn: 'asc', kind: 'asc' } },
    );
    expect(imported.map((a) => [a.person.id, a.kind, a.initiator, a.flaggedAt !== null])).toEqual([
      [colleague.id, 'transfer', 'employer', false],
      [reporter.id, 'disciplinary', 'employer', true],
      [reporter.id, 'dismissal', 'employee', false],
    ]);
    const [event] = await em.find(AuditEvent, { action: 'hr_action.imported' });
    expect(event?.data).toMatchObject({ filename: 'hr.xlsx', created: 3, flagged: 1 });
  });

  it('refuses a row whose email and IIN name different people, and a repeated row', async () => {
    const errors = await rowErrors(
      inTx((em) =>
        importHrActions(
          em,
          hr,
          {
            filename: 'hr.csv',
            content: csv([
              HEADER,
              'reporter@test.adal.kz,900101400013,dismissal,employer,2026-05-06,x',
              'colleague@test.adal.kz,,dismissal,employer,2026-05-06,x',
              'colleague@test.adal.kz,,dismissal,employer,2026-05-06,again',
            ]),
          },
          NOW,
        ),
      ),
    );
    expect(errors.map((e) => `${e.row}:${e.column ?? ''}:${e.messageKey}`)).toEqual([
      '2:iin:hotline.hrImport.twoPeople',
      '4::hotline.hrImport.sameAsRow',
    ]);
    expect(errors[1]?.params).toEqual({ firstRow: 3 });
  });

  it('refuses a file without a way to name the person', async () => {
    const errors = await rowErrors(
      inTx((em) =>
        importHrActions(
          em,
          hr,
          {
            filename: 'hr.csv',
            content: csv(['kind,initiator,decided_on,description', 'dismissal,employer,2026-05-06,x']),
          },
          NOW,
        ),
      ),
    );
    expect(errors).toEqual([
      {
        row: 1,
        column: 'email',
        messageKey: 'hotline.hrImport.personColumn',
        message: 'Name the person by an email or an iin column',
      },
    ]);
  });
});
