import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import { assignHotlineCase } from '../hotline/cases/case-assignment.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline/hotline-fixtures.js';
import { linkInvolvedPersons } from '../hotline/cases/triage.js';
import { asSuperuser } from './audit-tampering.js';
import {
  auditEventAtSeq,
  auditTrailFacets,
  listAuditEvents,
  type AuditEventView,
  type AuditTrailFilter,
} from './list-audit-events.js';
import { recordAudit } from './record-audit.js';

// One organisation's trail over two days in Kazakhstan (UTC+5):
// - 10 Nov 11:00: the administrator imports a person;
// - 10 Nov 11:30 and 11:40: an anonymous report arrives and the compliance head assigns it
//   (the trail dates these to the day), then links a person it names;
// - 11 Nov 09:00 and 09:10: an open report arrives and the compliance head assigns it.
let w: HotlineWorld;
let auditor: Actor;
let orgAdmin: Actor;
let namedAuditor: Actor;
let anonymousCase: string;
let openCase: string;

const IMPORTED_AT = '2026-11-10T06:00:00Z';

/** Moves the stored events to the instants of the story: the trail records "now", the story needs two days. */
async function placeEvents(where: string, params: unknown[], at: string) {
  await asSuperuser(w.db.orm.em, async (tx) => {
    await tx.execute(`update audit_event set at = cast(? as timestamptz) where ${where}`, [at, ...params]);
  });
}

beforeAll(async () => {
  w = await createHotlineWorld();
  auditor = (await w.person(['auditor'])).actor;
  orgAdmin = (await w.person(['org_admin'])).actor;
  namedAuditor = (await w.person(['auditor'])).actor;
  await w.inTx((tx) =>
    recordAudit(tx, orgAdmin, {
      organizationId: orgAdmin.organizationId,
      action: 'person.imported',
      entityType: 'Person',
      entityId: namedAuditor.personId,
    }),
  );
  anonymousCase = (await w.report({})).reportId;
  await w.inTx((tx) => assignHotlineCase(tx, w.head, anonymousCase, [w.investigator.personId]));
  await w.inTx((tx) => linkInvolvedPersons(tx, w.head, anonymousCase, [namedAuditor.personId]));
  openCase = (await w.report({ anonymous: false, name: 'Асқар Жанұзақов', contact: 'askar@example.kz' }))
    .reportId;
  await w.inTx((tx) => assignHotlineCase(tx, w.head, openCase, [w.investigator.personId]));
  await placeEvents(`action = 'person.imported'`, [], IMPORTED_AT);
  await placeEvents(
    `entity_id = ? and action = 'hotline.report_received'`,
    [anonymousCase],
    '2026-11-10T06:30:00Z',
  );
  await placeEvents(
    `entity_id = ? and action <> 'hotline.report_received'`,
    [anonymousCase],
    '2026-11-10T06:40:00Z',
  );
  await placeEvents(
    `entity_id = ? and action = 'hotline.report_received'`,
    [openCase],
    '2026-11-11T04:00:00Z',
  );
  await placeEvents(`entity_id = ? and action = 'hotline.assigned'`, [openCase], '2026-11-11T04:10:00Z');
});

afterAll(async () => {
  await w?.db.drop();
});

async function list(actor: Actor, filter: AuditTrailFilter, limit = 200): Promise<AuditEventView[]> {
  return listAuditEvents(w.db.orm.em.fork(), actor, { limit, filter });
}

const START_OF_10_NOV = new Date('2026-11-09T19:00:00Z');
const summary = (events: AuditEventView[]) =>
  events.map(
    (e) =>
      `${e.action} ${e.entityId === anonymousCase ? 'anonymous' : e.entityId === openCase ? 'open' : 'person'} ${e.atPrecision}`,
  );

describe('searching the trail', () => {
  it('finds the events of one action, an anonymous report’s still dated to the day', async () => {
    const assigned = await list(auditor, { action: 'hotline.assigned' });
    expect(summary(assigned)).toEqual(['hotline.assigned open instant', 'hotline.assigned anonymous day']);
    expect(assigned[1]?.at).toEqual(START_OF_10_NOV);
  });

  it('finds the events of one day, the day-dated ones after those dated exactly, whatever their hour', async () => {
    const day = await list(auditor, { from: '2026-11-10', to: '2026-11-10' });
    // The report arrived after the import; listed by the hour it would come first and be timed.
    expect(summary(day)).toEqual([
      'person.imported person instant',
      'hotline.involved_persons_linked anonymous day',
      'hotline.assigned anonymous day',
      'hotline.report_received anonymous day',
    ]);
    expect(day.slice(1).every((e) => e.at.getTime() === START_OF_10_NOV.getTime())).toBe(true);
    expect(summary(await list(auditor, { from: '2026-11-11' }))).toEqual([
      'hotline.assigned open instant',
      'hotline.report_received open instant',
    ]);
    expect(await list(auditor, { to: '2026-11-09' })).toEqual([]);
  });

  it('takes days, never instants: no range finer than a day can single out a day-dated event', async () => {
    for (const from of ['2026-11-10T06:35:00Z', '2026-11-10 11:35', '2026-11-31', '10.11.2026']) {
      await expect(list(auditor, { from })).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { field: 'from' },
      });
    }
    await expect(list(auditor, { from: '2026-11-11', to: '2026-11-10' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'to' },
    });
  });

  it('finds one actor’s events as the reader may see them, never the hotline’s for a reader who may not', async () => {
    const head = await list(auditor, { actorPersonId: w.head.personId });
    expect(summary(head)).toEqual([
      'hotline.assigned open instant',
      'hotline.involved_persons_linked anonymous day',
      'hotline.assigned anonymous day',
    ]);
    expect(head.find((e) => e.action === 'hotline.involved_persons_linked')?.withheld).toEqual(['personIds']);
    // The administrator reads no hotline event: the head's actions are absent, as if she never acted.
    expect(await list(orgAdmin, { actorPersonId: w.head.personId })).toEqual([]);
    expect(await list(orgAdmin, { actorPersonId: randomUUID() })).toEqual([]);
    expect(summary(await list(orgAdmin, { actorPersonId: orgAdmin.personId }))).toEqual([
      'person.imported person instant',
    ]);
    await expect(list(auditor, { actorPersonId: 'Омарова' })).rejects.toMatchObject({
      details: { field: 'actor' },
    });
  });

  it('finds an entity’s events; one the reader may not see answers as a thing that never was', async () => {
    const entity = { entityType: 'HotlineReport', entityId: anonymousCase };
    expect((await list(auditor, entity)).every((e) => e.atPrecision === 'day')).toBe(true);
    expect(await list(auditor, entity)).toHaveLength(3);
    const unknown = { entityType: 'HotlineReport', entityId: randomUUID() };
    for (const reader of [orgAdmin, namedAuditor]) {
      expect(await list(reader, entity)).toEqual(await list(reader, unknown));
      expect(await list(reader, { ...entity, action: 'hotline.assigned', from: '2026-11-10' })).toEqual([]);
    }
    expect(summary(await list(orgAdmin, { entityType: 'Person', entityId: namedAuditor.personId }))).toEqual([
      'person.imported person instant',
    ]);
  });

  it('combines the filters and pages through the result from the last event seen', async () => {
    const filter = { from: '2026-11-10', to: '2026-11-11', actorPersonId: w.head.personId };
    const whole = await list(auditor, filter);
    const pages: AuditEventView[] = [];
    for (;;) {
      const last = pages.at(-1);
      const page = await listAuditEvents(w.db.orm.em.fork(), auditor, {
        limit: 1,
        filter,
        ...(last ? { after: last.id } : {}),
      });
      pages.push(...page);
      if (page.length < 1) break;
    }
    expect(pages.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(await list(auditor, { ...filter, action: 'person.imported' })).toEqual([]);
  });

  it('refuses an empty or overlong text filter', async () => {
    await expect(list(auditor, { action: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(list(auditor, { entityId: 'x'.repeat(101) })).rejects.toMatchObject({
      details: { field: 'entityId' },
    });
  });
});

describe('the choices of the filters', () => {
  it('offers the actors and actions of the trail the reader may read, and no others', async () => {
    expect(await auditTrailFacets(w.db.orm.em.fork(), auditor)).toEqual({
      actorPersonIds: [orgAdmin.personId, w.head.personId].sort(),
      actions: [
        'hotline.assigned',
        'hotline.involved_persons_linked',
        'hotline.report_received',
        'person.imported',
      ],
    });
    expect(await auditTrailFacets(w.db.orm.em.fork(), orgAdmin)).toEqual({
      actorPersonIds: [orgAdmin.personId],
      actions: ['person.imported'],
    });
  });
});

describe('the event at a place of the chain', () => {
  it('is shown as its reader may see it, and not at all to a reader who may not', async () => {
    const [stored] = await w.db.orm.em
      .fork()
      .execute<{ seq: number }[]>(
        `select seq from audit_event where entity_id = ? and action = 'hotline.involved_persons_linked'`,
        [anonymousCase],
      );
    const seq = stored?.seq ?? 0;
    expect(await auditEventAtSeq(w.db.orm.em.fork(), auditor, seq)).toMatchObject({
      action: 'hotline.involved_persons_linked',
      atPrecision: 'day',
      at: START_OF_10_NOV,
      data: {},
    });
    expect(await auditEventAtSeq(w.db.orm.em.fork(), orgAdmin, seq)).toBeNull();
    expect(await auditEventAtSeq(w.db.orm.em.fork(), namedAuditor, seq)).toBeNull();
    expect(await auditEventAtSeq(w.db.orm.em.fork(), auditor, 1)).toMatchObject({
      action: 'person.imported',
      at: new Date(IMPORTED_AT),
    });
  });
});
