import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../kernel/errors.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../kernel/kazakhstan-time.js';
import { assignHotlineCase } from '../hotline/cases/case-assignment.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline/hotline-fixtures.js';
import { HotlineReport } from '../hotline/cases/hotline-report.entity.js';
import { recordHrAction } from '../hotline/protection/hr-actions.js';
import { decideIdentityDisclosure, requestIdentityDisclosure } from '../hotline/identity/identity.js';
import { grantProtection } from '../hotline/protection/protection.js';
import { linkInvolvedPersons } from '../hotline/cases/triage.js';
import { AuditEvent } from './audit-event.entity.js';
import { listAuditEvents, type AuditEventView } from './list-audit-events.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';

// One organisation's trail: an employee's own event, an anonymous report that names an auditor
// and a second compliance head, and an open report whose reporter is protected, with an
// identity disclosure decided for a colleague and an HR action against the reporter.
let w: HotlineWorld;
let auditor: Actor;
let orgAdmin: Actor;
let employee: Actor;
let namedAuditor: Actor;
let namedHead: Actor;
let reporter: Actor;
let disclosedTo: Actor;
let anonymousCase: string;
let openCase: string;

beforeAll(async () => {
  w = await createHotlineWorld();
  auditor = (await w.person(['auditor'])).actor;
  orgAdmin = (await w.person(['org_admin'])).actor;
  employee = (await w.person(['employee'])).actor;
  namedAuditor = (await w.person(['auditor'])).actor;
  namedHead = (await w.person(['compliance_head'])).actor;
  reporter = (await w.person(['employee'])).actor;
  disclosedTo = (await w.person(['employee'])).actor;
  const now = new Date();
  await w.inTx((tx) =>
    recordAudit(tx, orgAdmin, {
      organizationId: orgAdmin.organizationId,
      action: 'person.imported',
      entityType: 'Person',
      entityId: employee.personId,
    }),
  );
  anonymousCase = (await w.report({}, now)).reportId;
  openCase = (await w.report({ anonymous: false, name: 'Асқар Жанұзақов', contact: 'askar@example.kz' }, now))
    .reportId;
  await w.inTx((tx) => assignHotlineCase(tx, w.head, anonymousCase, [w.investigator.personId], now));
  // Naming a compliance head hands the case to the alternate handler (ADR 008).
  await w.inTx((tx) =>
    linkInvolvedPersons(tx, w.head, anonymousCase, [namedAuditor.personId, namedHead.personId]),
  );
  await w.inTx((tx) => assignHotlineCase(tx, w.head, openCase, [w.otherInvestigator.personId], now));
  const disclosure = await w.inTx((tx) =>
    requestIdentityDisclosure(tx, w.otherInvestigator, openCase, {
      forPersonId: disclosedTo.personId,
      reason: 'Куәгер ретінде сөйлесу керек',
    }),
  );
  await w.inTx((tx) => decideIdentityDisclosure(tx, w.head, disclosure.id, true));
  await w.inTx((tx) =>
    grantProtection(tx, w.head, {
      personId: reporter.personId,
      basis: 'open_reporter',
      reportId: openCase,
      reportNumber: 'HL-2026-0002',
      reportDate: now,
    }),
  );
  const hr = (await w.person(['hr_officer'])).actor;
  await w.inTx((tx) =>
    recordHrAction(
      tx,
      hr,
      {
        personId: reporter.personId,
        kind: 'transfer',
        initiator: 'employer',
        decidedOn: kazakhstanDay(now),
        description: 'Ауыстыру',
      },
      now,
    ),
  );
});

afterAll(async () => {
  await w?.db.drop();
});

/** The whole trail as `actor` reads it, page by page. */
async function trail(actor: Actor, limit = 200, oldestFirst = false): Promise<AuditEventView[]> {
  const events: AuditEventView[] = [];
  for (;;) {
    const last = events.at(-1);
    const page = await listAuditEvents(w.db.orm.em.fork(), actor, {
      limit,
      oldestFirst,
      ...(last ? { after: last.id } : {}),
    });
    events.push(...page);
    if (page.length < limit) return events;
  }
}

const actions = (events: AuditEventView[]) => [...new Set(events.map((e) => e.action))].sort();
const ofCase = (events: AuditEventView[], id: string) => events.filter((e) => e.entityId === id);

const HOTLINE_ACTIONS = [
  'hotline.assigned',
  'hotline.disclosure_decided',
  'hotline.disclosure_requested',
  'hotline.involved_persons_linked',
  'hotline.report_received',
  'hr_action.recorded',
  'protection.granted',
];

describe('who reads which events of the trail', () => {
  it('shows the administrator the trail without any hotline event', async () => {
    expect(actions(await trail(orgAdmin))).toEqual(['person.imported']);
  });

  it('refuses an employee', async () => {
    await expect(listAuditEvents(w.db.orm.em.fork(), employee, { limit: 10 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('shows auditors every event, but not whom a case names nor whom a disclosure is for', async () => {
    const events = await trail(auditor);
    expect(actions(events)).toEqual([...HOTLINE_ACTIONS, 'person.imported'].sort());
    const linked = events.find((e) => e.action === 'hotline.involved_persons_linked');
    expect(linked).toMatchObject({ data: {}, withheld: ['personIds'] });
    expect(events.find((e) => e.action === 'hotline.disclosure_requested')).toMatchObject({
      withheld: ['forPersonId'],
    });
    const decided = events.find((e) => e.action === 'hotline.disclosure_decided');
    expect(decided?.data).toEqual({ disclosureId: expect.any(String), approved: true });
    expect(decided?.actorPersonId).toBe(w.head.personId);
    const text = JSON.stringify(events);
    for (const hidden of [namedAuditor, namedHead, disclosedTo]) expect(text).not.toContain(hidden.personId);
  });

  it('shows the compliance head the hotline events of the cases she runs, with their names', async () => {
    const events = await trail(w.head);
    expect(events.find((e) => e.action === 'hotline.disclosure_decided')?.data).toMatchObject({
      forPersonId: disclosedTo.personId,
    });
    expect(ofCase(events, openCase).length).toBeGreaterThan(0);
    expect(actions(events)).toContain('person.imported');
  });

  it('hides from the compliance heads the events of a case that names one of them, which the alternate handler runs', async () => {
    const events = await trail(w.head);
    expect(ofCase(events, anonymousCase)).toEqual([]);
    expect(JSON.stringify(events)).not.toContain(namedHead.personId);
  });

  it('shows an investigator the events of the cases assigned to them, and nothing else', async () => {
    const mine = await trail(w.investigator);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.entityId === anonymousCase)).toBe(true);
    expect(actions(mine)).toEqual([
      'hotline.assigned',
      'hotline.involved_persons_linked',
      'hotline.report_received',
    ]);
    expect(mine.find((e) => e.action === 'hotline.involved_persons_linked')?.withheld).toEqual([]);
    // The other investigator's case: its own events and the protection and HR action that follow from it.
    expect(actions(await trail(w.otherInvestigator))).toEqual([
      'hotline.assigned',
      'hotline.disclosure_decided',
      'hotline.disclosure_requested',
      'hotline.report_received',
      'hr_action.recorded',
      'protection.granted',
    ]);
  });

  it('never shows a person a case names its events, whatever their role', async () => {
    for (const named of [namedAuditor, namedHead]) {
      const events = await trail(named);
      expect(ofCase(events, anonymousCase)).toEqual([]);
      expect(ofCase(events, openCase).length).toBeGreaterThan(0);
      expect(actions(events)).toContain('person.imported');
    }
  });
});

describe('the times the trail gives', () => {
  it('dates the events of an anonymous report to the day, after the day’s other events, and leaves the chain as stored', async () => {
    const em = w.db.orm.em.fork();
    const events = await trail(auditor);
    const stored = await em.findOneOrFail(AuditEvent, {
      organization: auditor.organizationId,
      action: 'hotline.report_received',
      entityId: anonymousCase,
    });
    const received = ofCase(events, anonymousCase).find((e) => e.action === 'hotline.report_received');
    expect(received).toMatchObject({
      atPrecision: 'day',
      at: startOfKazakhstanDay(kazakhstanDay(stored.at)),
    });
    expect(received?.at.getTime()).not.toBe(stored.at.getTime());
    expect(ofCase(events, anonymousCase).every((e) => e.atPrecision === 'day')).toBe(true);
    const open = ofCase(events, openCase);
    expect(open.every((e) => e.atPrecision === 'instant')).toBe(true);
    expect(open.find((e) => e.action === 'hotline.report_received')?.at).toEqual(
      (await em.findOneOrFail(AuditEvent, { action: 'hotline.report_received', entityId: openCase })).at,
    );
    // Everything happened today: the exactly dated events first, newest first, then the day's.
    const precisions = events.map((e) => e.atPrecision);
    expect(precisions.indexOf('day')).toBeGreaterThan(precisions.lastIndexOf('instant'));
    const instants = events.filter((e) => e.atPrecision === 'instant').map((e) => e.at.getTime());
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(await verifyAuditChain(em, auditor.organizationId)).toMatchObject({ ok: true });
  });

  it('pages through the same trail, a few events at a time, newest or oldest first', async () => {
    const whole = await trail(auditor);
    expect((await trail(auditor, 3)).map((e) => e.id)).toEqual(whole.map((e) => e.id));
    const backwards = whole.map((e) => e.id).reverse();
    expect((await trail(auditor, 200, true)).map((e) => e.id)).toEqual(backwards);
    expect((await trail(auditor, 3, true)).map((e) => e.id)).toEqual(backwards);
    await expect(
      listAuditEvents(w.db.orm.em.fork(), auditor, { limit: 3, after: 'not-an-id' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      listAuditEvents(w.db.orm.em.fork(), auditor, { limit: 3, after: w.head.personId }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps a purged case’s events from the people it named, and dates them to the day', async () => {
    await w.db.orm.em.fork().nativeDelete(HotlineReport, { id: openCase });
    // The open case named nobody: name the auditor in the trail alone, as a purge leaves it.
    await w.inTx((tx) =>
      recordAudit(tx, w.head, {
        organizationId: w.head.organizationId,
        action: 'hotline.involved_persons_linked',
        entityType: 'HotlineReport',
        entityId: openCase,
        data: { personIds: [auditor.personId] },
      }),
    );
    expect(ofCase(await trail(auditor), openCase)).toEqual([]);
    const seen = ofCase(await trail(namedAuditor), openCase);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.atPrecision === 'day')).toBe(true);
  });
});
