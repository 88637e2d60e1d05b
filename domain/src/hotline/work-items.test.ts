import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../kernel/actor.js';
import { findLoginByEmail, loadActor } from '../org/login.js';
import { createDemoDatabase } from '../testing/demo-database.js';
import type { TestDatabase } from '../testing/index.js';
import type { WorkItem } from '../work/work-item.js';
import { listHotlineCases } from './cases/case-list.js';
import { HotlineReport } from './cases/hotline-report.entity.js';
import { requestIdentityDisclosure } from './identity/identity.js';
import { HOTLINE_WORK } from './work-items.js';

let db: TestDatabase;
// The demo's cases are dated from the seeding day; the items are read a little later that day.
const seededAt = new Date();

async function demoActor(email: string): Promise<Actor> {
  const em = db.orm.em.fork();
  const login = await findLoginByEmail(em, email);
  const actor = login ? await loadActor(em, login.personId, login.organizationId) : null;
  if (!actor) throw new Error(`no demo login ${email}`);
  return actor;
}

function itemsOf(actor: Actor): Promise<WorkItem[]> {
  return HOTLINE_WORK.items(db.orm.em.fork(), actor, new Date(seededAt.getTime() + 60_000));
}

async function numbersOf(actor: Actor, kind: string): Promise<string[]> {
  return (await itemsOf(actor)).filter((i) => i.kind === kind).map((i) => i.subject?.kk ?? '');
}

/** The case numbers the actor's own queue shows in full, as the hotline's list gives them. */
async function queueNumbers(actor: Actor): Promise<Set<string>> {
  const { items } = await listHotlineCases(db.orm.em.fork(), actor, { limit: 100 });
  return new Set(items.filter((i) => !i.withheld).map((i) => i.number));
}

beforeAll(async () => {
  db = await createDemoDatabase({ hotline: true });
});

afterAll(async () => {
  await db?.drop();
});

describe('hotline work items', () => {
  it('gives the compliance head the cases to acknowledge with their 24-hour deadline, the overdue one first', async () => {
    const head = await demoActor('head@demo.adal.kz');
    const items = (await itemsOf(head)).filter((i) => i.kind === 'case_to_acknowledge');
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.some((i) => i.urgency === 'overdue')).toBe(true);
    // A first response is due within 24 hours: a case waiting for one is never less than due soon.
    expect(items.every((i) => i.urgency === 'overdue' || i.urgency === 'due_soon')).toBe(true);
    for (const item of items) {
      expect(item.dueAt).toBeInstanceOf(Date);
      expect(item.path).toMatch(/^\/hotline\/cases\/[0-9a-f-]{36}$/);
      // Only the number: the case's content and its reporter never leave the hotline's pages.
      expect(Object.keys(item).sort()).toEqual(
        ['count', 'dueAt', 'dueOn', 'id', 'kind', 'path', 'plugin', 'subject', 'urgency'].sort(),
      );
      expect(item.subject?.kk).toMatch(/^HL-\d{4}-\d{4}$/);
    }
  });

  it('never names a case outside the person’s own queue: not the case about the head to her', async () => {
    const head = await demoActor('head@demo.adal.kz');
    const aboutHead = await db.orm.em.fork().findOneOrFail(HotlineReport, { number: 7 });
    const visible = await queueNumbers(head);
    const named = (await itemsOf(head)).flatMap((i) => (i.subject ? [i.subject.kk] : []));
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((n) => visible.has(n))).toBe(true);
    expect((await itemsOf(head)).some((i) => i.id.endsWith(aboutHead.id))).toBe(false);
  });

  it('gives the investigator the processing deadlines of the cases assigned to her, and the alternate handler hers', async () => {
    const investigator = await demoActor('investigator@demo.adal.kz');
    const deadlines = await numbersOf(investigator, 'case_deadline');
    expect(deadlines.length).toBeGreaterThan(0);
    const assigned = await queueNumbers(investigator);
    expect(deadlines.every((n) => assigned.has(n))).toBe(true);
    const board = await demoActor('board@demo.adal.kz');
    const boardCases = await numbersOf(board, 'case_deadline');
    expect(boardCases).toHaveLength(1);
    expect(await queueNumbers(board)).toEqual(new Set(boardCases));
  });

  it('gives the first head and the auditor the overdue cases as a withheld count, never a case', async () => {
    for (const email of ['first@demo.adal.kz', 'auditor@demo.adal.kz']) {
      const items = await itemsOf(await demoActor(email));
      expect(items.map((i) => [i.kind, i.subject, i.count, i.path])).toEqual([
        ['cases_overdue_summary', null, null, '/hotline/dashboard'],
      ]);
    }
  });

  it('gives an employee nothing of the hotline', async () => {
    expect(await itemsOf(await demoActor('employee@demo.adal.kz'))).toEqual([]);
  });

  it('gives a disclosure request to the one who decides it, and not to the one who asked', async () => {
    const head = await demoActor('head@demo.adal.kz');
    const investigator = await demoActor('investigator@demo.adal.kz');
    const first = await demoActor('first@demo.adal.kz');
    // The phone report is open (not anonymous) and run by the head: a request that involves her
    // is decided by the first head (four eyes, ADR 008).
    const phoneCase = await db.orm.em.fork().findOneOrFail(HotlineReport, { channel: 'phone' });
    await db.orm.em.fork().transactional((em) =>
      requestIdentityDisclosure(em, head, phoneCase.id, {
        forPersonId: investigator.personId,
        reason: 'Свидетель нужен для проверки.',
      }),
    );
    const [request, ...rest] = (await itemsOf(first)).filter((i) => i.kind === 'disclosure_request');
    expect(rest).toEqual([]);
    expect(request).toMatchObject({ urgency: 'waiting', path: '/hotline', count: null });
    expect(request?.subject?.kk).toMatch(/^HL-\d{4}-\d{4}$/);
    expect(await numbersOf(head, 'disclosure_request')).toEqual([]);
    expect(await itemsOf(await demoActor('employee@demo.adal.kz'))).toEqual([]);
  });
});
