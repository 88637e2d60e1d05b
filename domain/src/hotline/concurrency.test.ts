import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Actor } from '../kernel/actor.js';
import { ConflictError, DomainError } from '../kernel/errors.js';
import { addHoliday } from '../kernel/public-holidays.js';
import { PublicHoliday } from '../kernel/public-holiday.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  grantRoles,
  outcomes,
} from '../testing/index.js';
import { assignHotlineCase } from './cases/case-assignment.js';
import { grantCaseProtection } from './protection/case-protection.js';
import { acknowledgeHotlineCase, closeHotlineCase, recordFindings } from './cases/case-work.js';
import { HotlineCaseAssignment } from './cases/hotline-case-assignment.entity.js';
import { createHotlineWorld, type HotlineWorld } from './hotline-fixtures.js';
import { HotlineInvolvedPerson } from './cases/hotline-involved-person.entity.js';
import { HotlineMessage } from './reporter/hotline-message.entity.js';
import { HotlineSettings } from './hotline-settings.entity.js';
import { setHotlineAlternateHandler, updateHotlineSettings } from './hotline-settings.js';
import { HrAction } from './protection/hr-action.entity.js';
import { finalizeHrAction, recordHrAction } from './protection/hr-actions.js';
import { decideIdentityDisclosure, requestIdentityDisclosure } from './identity/identity.js';
import { IdentityDisclosure } from './identity/identity-disclosure.entity.js';
import { openLabourDispute, recordDisputeDecision } from './protection/labour-disputes.js';
import { LabourDispute } from './protection/labour-dispute.entity.js';
import { ProtectionRecord } from './protection/protection-record.entity.js';
import { grantProtection, grantStateBodyProtection } from './protection/protection.js';
import { importHolidays } from '../kernel/public-holiday-import.js';
import {
  addHotlineRecommendation,
  completeHotlineRecommendation,
} from './recommendations/recommendations.js';
import { addReporterMessage } from './reporter/reporter.js';
import { linkInvolvedPersons, triageHotlineCase } from './cases/triage.js';
import { declareCaseConflict } from './cases/conflict-declaration.js';
import { HotlineConflictDeclaration } from './cases/hotline-conflict-declaration.entity.js';
import { completeProtectionTask, listProtectionTasks } from './protection/protection-task.js';

// Every hotline change that checks a rule and then writes, fired N times at once on the real
// PostgreSQL (each in its own transaction and connection, released together): the rule holds
// however the transactions interleave, and the losers get a typed error, never a masked one.

const N = 8;
const T0 = new Date('2026-06-10T04:00:00Z');

let w: HotlineWorld;
let hr: Actor;

beforeAll(async () => {
  w = await createHotlineWorld();
  // HR enters HR actions; the administrator loads the calendar: one person holding both here.
  hr = (await w.person(['employee', 'hr_officer', 'org_admin'])).actor;
});

afterAll(async () => {
  await w?.db.drop();
});

/** Runs `change` N times at once; each outcome is fulfilled or a typed domain error. */
async function race<T>(times: number, change: (em: EntityManager, index: number) => Promise<T>) {
  const settled = await concurrently(w.db.orm, times, change);
  const result = outcomes(settled);
  for (const reason of result.rejected) expect(reason).toBeInstanceOf(DomainError);
  return result;
}

const read = () => w.db.orm.em.fork();

async function auditCount(entityId: string, action: string): Promise<number> {
  return read().count(AuditEvent, { entityId, action });
}

async function openCase(input: Parameters<HotlineWorld['report']>[0] = {}): Promise<string> {
  return (await w.report(input, T0)).reportId;
}

describe('assignment', () => {
  it('leaves one current assignment after 8 concurrent assignments of the same investigator', async () => {
    const id = await openCase();
    const { fulfilled } = await race(N, (em) =>
      assignHotlineCase(em, w.head, id, [w.investigator.personId], T0),
    );
    expect(fulfilled).toHaveLength(N);
    const current = await read().find(HotlineCaseAssignment, { report: id, unassignedAt: null });
    expect(current.map((a) => a.investigator.id)).toEqual([w.investigator.personId]);
  });

  it('leaves exactly one of the requested sets when 8 assignments of different sets race', async () => {
    const id = await openCase();
    const sets = [[w.investigator.personId], [w.otherInvestigator.personId]];
    const { fulfilled } = await race(N, (em, i) => assignHotlineCase(em, w.head, id, sets[i % 2] ?? [], T0));
    expect(fulfilled).toHaveLength(N);
    const current = await read().find(HotlineCaseAssignment, { report: id, unassignedAt: null });
    expect(current).toHaveLength(1);
    expect(sets).toContainEqual(current.map((a) => a.investigator.id));
  });
});

describe('naming and assigning the same person', () => {
  // Both orders of arrival: the naming fired first, and the assignment fired first.
  for (const namingFirst of [true, false]) {
    it(`never leaves a named person assigned (${namingFirst ? 'naming' : 'assignment'} fired first)`, async () => {
      for (let round = 0; round < 4; round += 1) {
        const id = await openCase();
        const person = w.investigator.personId;
        const { fulfilled, rejected } = await race(2, (em, i) =>
          (i === 0) === namingFirst
            ? linkInvolvedPersons(em, w.head, id, [person])
            : assignHotlineCase(em, w.head, id, [person], T0),
        );
        expect(fulfilled).toHaveLength(1);
        expect(rejected).toHaveLength(1);
        const em = read();
        const named = await em.count(HotlineInvolvedPerson, { report: id, person });
        const assigned = await em.count(HotlineCaseAssignment, {
          report: id,
          investigator: person,
          unassignedAt: null,
        });
        expect(named + assigned).toBe(1);
      }
    });
  }
});

describe('declaring a conflict of interest', () => {
  it('records one declaration of 8 concurrent ones by the same investigator; the rest CONFLICT', async () => {
    const id = await openCase();
    await w.inTx((em) => assignHotlineCase(em, w.head, id, [w.investigator.personId], T0));
    const { fulfilled, rejected } = await race(N, (em) =>
      declareCaseConflict(em, w.investigator, w.keyring, id, 'Туысым.', T0),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((e) => e instanceof ConflictError)).toBe(true);
    expect(await read().count(HotlineConflictDeclaration, { report: id })).toBe(1);
    expect(await auditCount(id, 'hotline.conflict_declared')).toBe(1);
  });

  // Both orders of arrival: the declaration fired first, and the assignment fired first.
  for (const declarationFirst of [true, false]) {
    it(`never leaves an investigator who declared a conflict assigned (${declarationFirst ? 'declaration' : 'assignment'} fired first)`, async () => {
      for (let round = 0; round < 4; round += 1) {
        const id = await openCase();
        const person = w.investigator.personId;
        await race<unknown>(2, (em, i) =>
          (i === 0) === declarationFirst
            ? declareCaseConflict(em, w.investigator, w.keyring, id, 'Туысым.', T0)
            : assignHotlineCase(em, w.head, id, [person], T0),
        );
        const em = read();
        expect(await em.count(HotlineConflictDeclaration, { report: id, person })).toBe(1);
        expect(
          await em.count(HotlineCaseAssignment, { report: id, investigator: person, unassignedAt: null }),
        ).toBe(0);
      }
    });
  }
});

describe('a protection task', () => {
  it('completes once of 8 concurrent completions: one audit event, the rest CONFLICT', async () => {
    const id = await openCase();
    const officer = (await w.person(['employee', 'compliance_officer'])).actor;
    await w.inTx((em) =>
      triageHotlineCase(
        em,
        w.head,
        w.keyring,
        id,
        {
          scope: 'in_scope',
          retaliationRisk: {
            level: 'high',
            reason: 'Қорқытқан.',
            task: { ownerId: officer.personId, reviewOn: '2026-06-20' },
          },
        },
        T0,
      ),
    );
    const task = (await listProtectionTasks(read(), w.head, {}, T0)).find((t) => t.caseId === id);
    const { fulfilled, rejected } = await race(N, (em, i) =>
      completeProtectionTask(em, i % 2 ? officer : w.head, task?.id ?? '', `Жасалды ${i}.`, T0),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((e) => e instanceof ConflictError)).toBe(true);
    expect(await auditCount(id, 'hotline.protection_task_completed')).toBe(1);
  });
});

describe('a case’s steps', () => {
  it('acknowledges once: one acknowledgement message, one audit event, the rest CONFLICT', async () => {
    const id = await openCase();
    const { fulfilled, rejected } = await race(N, (em) =>
      acknowledgeHotlineCase(em, w.head, w.keyring, id, T0),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((e) => e instanceof ConflictError)).toBe(true);
    expect(await read().count(HotlineMessage, { report: id, author: 'staff', kind: 'acknowledgement' })).toBe(
      1,
    );
    expect(await auditCount(id, 'hotline.acknowledged')).toBe(1);
  });

  it('closes an out-of-scope report once: one outcome message to the reporter', async () => {
    const id = await openCase();
    const { fulfilled } = await race(N, (em) =>
      triageHotlineCase(em, w.head, w.keyring, id, { scope: 'out_of_scope', reason: 'not_related' }, T0),
    );
    expect(fulfilled).toHaveLength(1);
    expect(await read().count(HotlineMessage, { report: id, kind: 'outcome' })).toBe(1);
  });

  it('closes a case once', async () => {
    const id = await openCase();
    await w.inTx((em) =>
      recordFindings(em, w.head, w.keyring, id, { findings: 'Расталды.', outcome: 'substantiated' }),
    );
    const { fulfilled } = await race(N, (em) =>
      closeHotlineCase(
        em,
        w.head,
        w.keyring,
        id,
        { outcome: 'substantiated', messageToReporter: 'Хабарламаңыз расталды.' },
        T0,
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(await read().count(HotlineMessage, { report: id, kind: 'outcome' })).toBe(1);
    expect(await auditCount(id, 'hotline.closed')).toBe(1);
  });

  it('never takes a reporter’s message after the case closed', async () => {
    for (let round = 0; round < 4; round += 1) {
      const { reportId: id, receipt } = await w.report({}, T0);
      await w.inTx((em) =>
        recordFindings(em, w.head, w.keyring, id, { findings: 'Расталды.', outcome: 'substantiated' }),
      );
      await race<unknown>(2, (em, i) =>
        i === 0
          ? closeHotlineCase(
              em,
              w.head,
              w.keyring,
              id,
              { outcome: 'substantiated', messageToReporter: 'Рахмет.' },
              T0,
            )
          : addReporterMessage(em, w.keyring, receipt, { body: 'Тағы бір дерек бар.' }, T0),
      );
      const events = await read().find(
        AuditEvent,
        { entityId: id, action: { $in: ['hotline.closed', 'hotline.reporter_message'] } },
        { orderBy: { seq: 'asc' } },
      );
      // Whatever came first, a message recorded after the closing would be one the case took closed.
      expect(events.map((e) => e.action).indexOf('hotline.closed')).toBe(events.length - 1);
    }
  });

  it('completes a recommendation once', async () => {
    const id = await openCase();
    const recommendation = await w.inTx((em) =>
      addHotlineRecommendation(
        em,
        w.head,
        id,
        { kind: 'corrective', text: 'Рәсімді өзгерту.', ownerId: w.head.personId, dueOn: '2026-07-01' },
        T0,
      ),
    );
    const { fulfilled } = await race(N, (em) =>
      completeHotlineRecommendation(em, w.head, recommendation.id, { note: null }, T0),
    );
    expect(fulfilled).toHaveLength(1);
    expect(await auditCount(id, 'hotline.recommendation_done')).toBe(1);
  });
});

describe('identity disclosures', () => {
  it('takes one decision per request, whoever races to decide it', async () => {
    const id = await openCase({ anonymous: false, name: 'Айгүл Серікова', contact: '+7 701 000 00 00' });
    await w.inTx((em) => assignHotlineCase(em, w.head, id, [w.investigator.personId], T0));
    const legal = (await w.person(['employee'])).actor;
    const request = await w.inTx((em) =>
      requestIdentityDisclosure(em, w.investigator, id, { forPersonId: legal.personId, reason: 'Куә' }, T0),
    );
    const { fulfilled } = await race(N, (em, i) =>
      decideIdentityDisclosure(em, w.head, request.id, i % 2 === 0, T0),
    );
    expect(fulfilled).toHaveLength(1);
    const stored = await read().findOneOrFail(IdentityDisclosure, { id: request.id });
    expect(stored.approved).toBe(fulfilled[0]?.approved);
    expect(await auditCount(id, 'hotline.disclosure_decided')).toBe(1);
  });
});

describe('settings', () => {
  it('creates the settings row once when 8 changes race on an organisation without one', async () => {
    const em = read();
    const { organization, root } = await buildOrganization(em);
    const headPerson = buildPerson(em, organization, root);
    grantRoles(em, headPerson, ['employee', 'compliance_head']);
    const firstPerson = buildPerson(em, organization, root);
    grantRoles(em, firstPerson, ['employee', 'first_head']);
    const board = buildPerson(em, organization, root);
    await em.flush();
    const head = actorOf(headPerson, ['employee', 'compliance_head']);
    const first = actorOf(firstPerson, ['employee', 'first_head']);
    const { fulfilled } = await race(N, (tx, i) =>
      i % 2 === 0
        ? updateHotlineSettings(tx, head, { acknowledgeHours: 12 + i })
        : setHotlineAlternateHandler(tx, first, board.id),
    );
    expect(fulfilled).toHaveLength(N);
    const rows = await read().find(HotlineSettings, { organization: organization.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.alternateHandler?.id).toBe(board.id);
  });
});

describe('protection, HR actions and labour disputes (§40)', () => {
  async function employee(): Promise<string> {
    return (await w.person(['employee'])).person.id;
  }

  it('grants protection once for a person and a case, and every caller gets that record', async () => {
    const id = await openCase();
    await w.inTx((em) => assignHotlineCase(em, w.head, id, [w.investigator.personId], T0));
    const witness = await employee();
    const { fulfilled } = await race(N, (em) =>
      grantCaseProtection(em, w.investigator, id, { personId: witness, basis: 'assisted' }, T0),
    );
    expect(fulfilled).toHaveLength(N);
    expect(new Set(fulfilled.map((r) => r.id)).size).toBe(1);
    expect(await read().count(ProtectionRecord, { person: witness })).toBe(1);
  });

  it('records protection for a report to a state body once, and every caller gets that record', async () => {
    const reporter = await employee();
    const input = {
      personId: reporter,
      basis: 'open_reporter' as const,
      stateBodyName: 'Агенттік',
      reportedOn: '2026-05-04',
    };
    const { fulfilled } = await race(N, (em) => grantStateBodyProtection(em, w.head, input, T0));
    expect(fulfilled).toHaveLength(N);
    expect(new Set(fulfilled.map((r) => r.id)).size).toBe(1);
    expect(await read().count(ProtectionRecord, { person: reporter })).toBe(1);
  });

  it('loads the same calendar file once when imports race: one day, the others find it there', async () => {
    const file = {
      filename: 'calendar.csv',
      content: new TextEncoder().encode('date,name_kk,name_ru\n2027-11-03,Мекеме күні,День учреждения\n'),
    };
    const { fulfilled } = await race(N, (em) => importHolidays(em, hr, file));
    expect(fulfilled).toHaveLength(N);
    expect(fulfilled.filter((report) => report.added === 1)).toHaveLength(1);
    expect(await read().count(PublicHoliday, { date: '2027-11-03' })).toBe(1);
  });

  for (const grantFirst of [true, false]) {
    it(`never makes final a dismissal of a person protected meanwhile (${grantFirst ? 'grant' : 'finalising'} fired first)`, async () => {
      for (let round = 0; round < 4; round += 1) {
        const person = await employee();
        const action = await w.inTx((em) =>
          recordHrAction(
            em,
            hr,
            {
              personId: person,
              kind: 'dismissal',
              initiator: 'employer',
              decidedOn: '2026-06-10',
              description: 'Сокращение штата',
            },
            T0,
          ),
        );
        await race<unknown>(2, (em, i) =>
          (i === 0) === grantFirst
            ? grantProtection(
                em,
                w.head,
                {
                  personId: person,
                  basis: 'assisted',
                  reportId: action.id,
                  reportNumber: 'HL-2026-0001',
                  reportDate: '2026-06-01',
                },
                T0,
              )
            : finalizeHrAction(em, hr, action.id, T0),
        );
        const stored = await read().findOneOrFail(HrAction, { id: action.id });
        const record = await read().findOne(ProtectionRecord, { person });
        const seq = async (name: string, entityId: string | undefined) => {
          const event = entityId ? await read().findOne(AuditEvent, { action: name, entityId }) : null;
          return event ? Number(event.seq) : null;
        };
        const granted = await seq('protection.granted', record?.id);
        const finalized = await seq('hr_action.finalized', action.id);
        // §40.1: an action made final after the grant needed the commission's recommendation.
        if (granted !== null && finalized !== null) expect(finalized).toBeLessThan(granted);
        // And a protection that came first flagged the action to the compliance head.
        if (granted !== null) expect(stored.flaggedAt).not.toBeNull();
      }
    });
  }

  it('records a dispute decision once', async () => {
    const person = await employee();
    const dispute = await w.inTx((em) =>
      openLabourDispute(
        em,
        hr,
        { personId: person, appliedOn: '2026-06-01', body: 'conciliation_commission' },
        T0,
      ),
    );
    const { fulfilled } = await race(N, (em, i) =>
      recordDisputeDecision(
        em,
        hr,
        dispute.id,
        { decision: `Шешім ${i}`, agencyRepresentativeAttended: true, signatories: [{ name: 'Мүше' }] },
        T0,
      ),
    );
    expect(fulfilled).toHaveLength(1);
    const stored = await read().findOneOrFail(LabourDispute, { id: dispute.id });
    expect(stored.decision).toBe(fulfilled[0]?.decision);
    expect(await auditCount(dispute.id, 'labour_dispute.decided')).toBe(1);
  });
});

describe('the holiday calendar', () => {
  it('adds a day once: the other callers get CONFLICT', async () => {
    const { fulfilled, rejected } = await race(N, (em) =>
      addHoliday(em, w.head, { date: '2026-09-15', name: 'Қала күні' }),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((e) => e instanceof ConflictError)).toBe(true);
    expect(
      await read().count(PublicHoliday, { organization: w.org.organization.id, date: '2026-09-15' }),
    ).toBe(1);
  });
});
