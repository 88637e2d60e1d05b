import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import {
  complianceService,
  recordComplianceServiceAppointment,
  setComplianceServiceSizing,
} from './compliance-service.js';
import { programmeChecklist, updateChecklistItem } from './policy-checklist.js';
import {
  antiCorruptionStandard,
  recordAntiCorruptionStandard,
  recordStandardPublication,
} from './standard.js';

// §2, §53–§63, §67: the standard's acts and their history, the service's appointment rules and
// its staffing count, and the checklist, each through its use case on a real database.

const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let auditor: Actor;
let staff: IPerson[];
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  staff = Array.from({ length: 4 }, () => buildPerson(em, org.organization, org.root));
  await em.flush();
  em.create(RoleGrant, {
    id: newId(),
    organization: org.organization,
    person: staff[0]!,
    role: 'compliance_officer',
  });
  await em.flush();
  officer = actorOf(staff[0]!, ['employee', 'compliance_officer']);
  auditor = actorOf(staff[3]!, ['employee', 'auditor']);
});

afterAll(async () => {
  await db?.drop();
});

const adoption = {
  actNumber: '12-н',
  adoptedOn: '2025-02-10',
  approvedBy: 'first_head',
  approverName: 'А. Серіков',
};

describe('§2: the act that adopted the standard', () => {
  it('warns that no act is recorded, and refuses a publication before the adoption is recorded', async () => {
    expect((await antiCorruptionStandard(db.orm.em.fork(), auditor)).warnings).toEqual(['not_adopted']);
    await expect(
      inTx((em) =>
        recordStandardPublication(
          em,
          officer,
          { publishedWhere: 'website', publishedUrl: 'https://a.kz/s', publishedOn: '2025-02-11' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'compliance.standard.none' });
  });

  it('refuses an act without its number or without who approved it', async () => {
    await expect(
      inTx((em) => recordAntiCorruptionStandard(em, officer, { ...adoption, actNumber: '  ' }, NOW)),
    ).rejects.toMatchObject({
      messageKey: 'compliance.standard.actNumberRequired',
    });
    await expect(
      inTx((em) => recordAntiCorruptionStandard(em, officer, { ...adoption, approverName: null }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.standard.approverRequired' });
    await expect(
      inTx((em) => recordAntiCorruptionStandard(em, officer, { ...adoption, adoptedOn: '2027-01-01' }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.dayInFuture' });
  });

  it('records the act and its publication on the website; a publication dated before the act is refused', async () => {
    await inTx((em) => recordAntiCorruptionStandard(em, officer, adoption, NOW));
    await expect(
      inTx((em) =>
        recordStandardPublication(
          em,
          officer,
          { publishedWhere: 'website', publishedUrl: 'https://a.kz/s', publishedOn: '2025-02-09' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({
      messageKey: 'compliance.standard.publishedBeforeAdoption',
      params: { adoptedOn: '2025-02-10' },
    });
    await expect(
      inTx((em) =>
        recordStandardPublication(em, officer, { publishedWhere: 'website', publishedOn: '2025-02-12' }, NOW),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.standard.publicationLinkRequired' });
    const view = await inTx((em) =>
      recordStandardPublication(
        em,
        officer,
        { publishedWhere: 'website', publishedUrl: 'https://a.kz/s', publishedOn: '2025-02-12' },
        NOW,
      ),
    );
    expect(view.current).toMatchObject({
      actNumber: '12-н',
      publishedOn: '2025-02-12',
      publishedWhere: 'website',
    });
    expect(view.warnings).toEqual([]);
  });

  it('an amended standard supersedes the act in force, which stays readable; one dated before it is refused', async () => {
    await expect(
      inTx((em) =>
        recordAntiCorruptionStandard(
          em,
          officer,
          { ...adoption, actNumber: '3-н', adoptedOn: '2025-01-01' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.standard.beforeCurrent' });
    await inTx((em) =>
      recordAntiCorruptionStandard(
        em,
        officer,
        {
          ...adoption,
          actNumber: '40-н',
          adoptedOn: '2026-03-01',
          approvedBy: 'management_body',
          approverName: null,
          approverBody: 'Басқарма',
        },
        NOW,
      ),
    );
    const view = await antiCorruptionStandard(db.orm.em.fork(), auditor);
    expect(view.current).toMatchObject({ actNumber: '40-н', approverBody: 'Басқарма', publishedOn: null });
    expect(view.history.map((h) => [h.actNumber, h.publishedOn])).toEqual([['12-н', '2025-02-12']]);
    expect(view.warnings).toEqual(['not_published']);
  });

  it('is read by the auditor but not changed by them', async () => {
    await expect(
      inTx((em) => recordAntiCorruptionStandard(em, auditor, adoption, NOW)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

const appointment = {
  appointedBy: 'board_of_directors',
  appointedOn: '2025-03-01',
  actNumber: 'СД-5',
  termUntil: '2028-03-01',
  pay: 'Оклад',
  paymentTerms: 'Ай сайын',
  coiCheckedOn: '2025-02-20',
  coiOutcome: 'Мүдделер қақтығысы жоқ',
  reportsTo: 'Директорлар кеңесі',
  members: [] as { personId: string; role: string }[],
};

describe('§53, §60, §5: the compliance service', () => {
  it('§60.1: the first head appoints only where the organisation has no independent body', async () => {
    await expect(
      inTx((em) =>
        recordComplianceServiceAppointment(em, officer, { ...appointment, appointedBy: 'first_head' }, NOW),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'compliance.service.firstHeadOnlyWithoutBody',
    });
    const view = await inTx((em) =>
      recordComplianceServiceAppointment(
        em,
        officer,
        { ...appointment, appointedBy: 'first_head', noIndependentBody: true },
        NOW,
      ),
    );
    expect(view).toMatchObject({ appointedBy: 'first_head', noIndependentBody: true });
  });

  it('§5: counts the role holders and the members once each, and warns while fewer than 3', async () => {
    const one = await inTx((em) =>
      recordComplianceServiceAppointment(
        em,
        officer,
        { ...appointment, members: [{ personId: staff[0]!.id, role: 'head' }] },
        NOW,
      ),
    );
    expect(one.responsiblePeople).toHaveLength(1);
    expect(one.warnings).toEqual([{ code: 'understaffed', paragraph: '§5' }]);
    const three = await inTx((em) =>
      recordComplianceServiceAppointment(
        em,
        officer,
        {
          ...appointment,
          combinedFunctions: 'Заң қызметі',
          members: [
            { personId: staff[0]!.id, role: 'head' },
            { personId: staff[1]!.id, role: 'staff' },
            { personId: staff[2]!.id, role: 'staff' },
          ],
        },
        NOW,
      ),
    );
    expect(three.responsiblePeople).toHaveLength(3);
    expect(three.members.map((m) => m.role)).toEqual(['head', 'staff', 'staff']);
    expect(three.warnings).toEqual([{ code: 'combines_functions', paragraph: '§60.2' }]);
  });

  it('refuses two heads, a stranger as member and a term ending before the appointment', async () => {
    const two = [
      { personId: staff[0]!.id, role: 'head' },
      { personId: staff[1]!.id, role: 'head' },
    ];
    await expect(
      inTx((em) => recordComplianceServiceAppointment(em, officer, { ...appointment, members: two }, NOW)),
    ).rejects.toMatchObject({
      messageKey: 'compliance.service.oneHead',
    });
    await expect(
      inTx((em) =>
        recordComplianceServiceAppointment(
          em,
          officer,
          { ...appointment, members: [{ personId: newId(), role: 'staff' }] },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.service.memberUnknown' });
    await expect(
      inTx((em) =>
        recordComplianceServiceAppointment(em, officer, { ...appointment, termUntil: '2025-01-01' }, NOW),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.service.termBeforeAppointment' });
  });

  it('§61: keeps the sizing rows, refusing a process named twice', async () => {
    await expect(
      inTx((em) =>
        setComplianceServiceSizing(
          em,
          officer,
          {
            rows: [
              { process: 'Due diligence', automation: 'full' },
              { process: 'due diligence', automation: 'none' },
            ],
          },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.sizing.duplicate' });
    await inTx((em) =>
      setComplianceServiceSizing(
        em,
        officer,
        {
          rows: [
            { process: 'Due diligence', automation: 'full' },
            { process: 'Training', automation: 'partial', note: 'LMS' },
          ],
        },
        NOW,
      ),
    );
    const view = await complianceService(db.orm.em.fork(), auditor);
    expect(view.sizing).toEqual([
      { process: 'Due diligence', automation: 'full', note: null },
      { process: 'Training', automation: 'partial', note: 'LMS' },
    ]);
    expect(view.appointedBy).toBe('board_of_directors');
  });
});

describe('§67: the programme checklist', () => {
  it('lists the 9 policies and 7 controls, all missing at first', async () => {
    const view = await programmeChecklist(db.orm.em.fork(), auditor);
    expect(view.items).toHaveLength(16);
    expect(view.items.filter((i) => i.kind === 'policy')).toHaveLength(9);
    expect(new Set(view.items.map((i) => i.status))).toEqual(new Set(['missing']));
    expect(view.items[9]).toMatchObject({ code: 'procurement_controls', paragraph: '§67 (1)' });
  });

  it('an adopted item names its document; the owner is one of the staff', async () => {
    await expect(
      inTx((em) =>
        updateChecklistItem(
          em,
          officer,
          { code: 'anti_corruption_policy', status: 'adopted', documentName: 'Саясат' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.checklist.documentRequired' });
    await expect(
      inTx((em) =>
        updateChecklistItem(
          em,
          officer,
          { code: 'anti_corruption_policy', status: 'draft', ownerId: newId() },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.checklist.ownerUnknown' });
    const view = await inTx((em) =>
      updateChecklistItem(
        em,
        officer,
        {
          code: 'anti_corruption_policy',
          status: 'adopted',
          documentName: 'Саясат',
          documentDate: '2025-04-01',
          ownerId: staff[1]!.id,
        },
        NOW,
      ),
    );
    expect(view.items.find((i) => i.code === 'anti_corruption_policy')).toMatchObject({
      status: 'adopted',
      owner: { id: staff[1]!.id },
      paragraph: '§67 (4)',
    });
    expect(view.policiesAdopted).toBe(1);
  });
});
