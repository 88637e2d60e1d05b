import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../kernel/errors.js';
import { assignHotlineCase } from './case-assignment.js';
import { listHotlineCases, type HotlineCaseFilter } from './case-list.js';
import type { HotlineCaseSort } from './case-sort.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { HotlineReport, type HotlineCategory } from './hotline-report.entity.js';
import { linkInvolvedPersons } from './triage.js';

// The queue sorted and paged on the server: every order keeps the access rules, and a row the
// viewer sees withheld (ADR 008) never takes a place that tells what it hides.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-07-10T06:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

let w: HotlineWorld;
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await createHotlineWorld();
  const file = async (name: string, category: HotlineCategory, receivedDaysAgo: number) => {
    ids[name] = (await w.report({ category }, ago(receivedDaysAgo))).reportId;
  };
  // Received 5 days ago and never acknowledged: overdue.
  await file('overdue', 'other', 5);
  // Received an hour ago: waiting for acknowledgement, not yet late.
  await file('fresh', 'corruption', 1 / 24);
  // Acknowledged, with the process deadline of a report received 3 days ago.
  await file('working', 'law_violation', 3);
  // Closed long ago.
  await file('closed', 'policy_violation', 20);
  // Names the compliance head: she sees it withheld. Its category sorts first, and it is the most urgent.
  await file('naming', 'policy_violation', 9);
  await w.inTx(async (em) => {
    await em.nativeUpdate(
      HotlineReport,
      { id: ids.working },
      { status: 'acknowledged', acknowledgedAt: ago(2.5) },
    );
    await em.nativeUpdate(
      HotlineReport,
      { id: ids.closed },
      { status: 'closed', acknowledgedAt: ago(19), closedAt: ago(10) },
    );
  });
  await w.inTx((em) => assignHotlineCase(em, w.head, ids.naming!, [w.investigator.personId], ago(9)));
  await w.inTx((em) => assignHotlineCase(em, w.head, ids.working!, [w.investigator.personId], ago(3)));
  await w.inTx((em) => linkInvolvedPersons(em, w.investigator, ids.naming!, [w.head.personId]));
});

afterAll(async () => {
  await w?.db.drop();
});

const nameOf = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? id;

async function order(
  actor = w.head,
  sort?: HotlineCaseSort,
  filter: HotlineCaseFilter = {},
): Promise<string[]> {
  const page = await listHotlineCases(
    w.db.orm.em.fork(),
    actor,
    { ...filter, sort: sort ?? null, limit: 100 },
    NOW,
  );
  return page.items.map((item) => nameOf(item.id));
}

describe('sorting the hotline queue', () => {
  it('is newest first by default, oldest first when asked', async () => {
    expect(await order()).toEqual(['fresh', 'working', 'overdue', 'naming', 'closed']);
    expect(await order(w.head, { field: 'received', direction: 'asc' })).toEqual([
      'closed',
      'naming',
      'overdue',
      'working',
      'fresh',
    ]);
  });

  it('puts overdue acknowledgements first by urgency, closed cases last, the withheld row after all', async () => {
    expect(await order(w.head, { field: 'urgency', direction: 'asc' })).toEqual([
      'overdue',
      'fresh',
      'working',
      'closed',
      'naming',
    ]);
    expect(await order(w.head, { field: 'urgency', direction: 'desc' })).toEqual([
      'closed',
      'working',
      'fresh',
      'overdue',
      'naming',
    ]);
  });

  it('orders open cases by their processing deadline, closed ones without a deadline after them', async () => {
    expect(await order(w.head, { field: 'deadline', direction: 'asc' })).toEqual([
      'overdue',
      'working',
      'fresh',
      'closed',
      'naming',
    ]);
    expect(await order(w.head, { field: 'deadline', direction: 'desc' })).toEqual([
      'fresh',
      'working',
      'overdue',
      'closed',
      'naming',
    ]);
  });

  it('orders by status in the order a case goes through, withheld rows included: their status shows', async () => {
    expect(await order(w.head, { field: 'status', direction: 'asc' })).toEqual([
      'fresh',
      'overdue',
      'naming',
      'working',
      'closed',
    ]);
  });

  it('orders by category in the methodology order, never placing the withheld row by its own', async () => {
    // `naming` is a policy violation, the first category: sorted by it, it would lead.
    expect(await order(w.head, { field: 'category', direction: 'asc' })).toEqual([
      'closed',
      'working',
      'fresh',
      'overdue',
      'naming',
    ]);
    expect(await order(w.head, { field: 'category', direction: 'desc' })).toEqual([
      'overdue',
      'fresh',
      'working',
      'closed',
      'naming',
    ]);
  });

  it('keeps the withheld row to what it may show, whatever the order', async () => {
    for (const field of ['urgency', 'deadline', 'status', 'category'] as const) {
      const page = await listHotlineCases(
        w.db.orm.em.fork(),
        w.head,
        { sort: { field, direction: 'asc' }, limit: 100 },
        NOW,
      );
      const row = page.items.find((item) => item.id === ids.naming);
      expect(Object.keys(row ?? {}).sort()).toEqual([
        'handledBy',
        'id',
        'number',
        'receivedAt',
        'status',
        'withheld',
      ]);
    }
  });

  it('shows an investigator only their assigned cases, sorted; the one naming the head is whole for them', async () => {
    expect(await order(w.investigator, { field: 'deadline', direction: 'asc' })).toEqual([
      'naming',
      'working',
    ]);
    expect(await order(w.otherInvestigator, { field: 'urgency', direction: 'asc' })).toEqual([]);
  });

  it('pages through a sorted queue without losing or repeating a case', async () => {
    const sort: HotlineCaseSort = { field: 'urgency', direction: 'asc' };
    const pages: string[] = [];
    for (let offset = 0; offset < 5; offset += 2) {
      const page = await listHotlineCases(w.db.orm.em.fork(), w.head, { sort, offset, limit: 2 }, NOW);
      expect(page.total).toBe(5);
      pages.push(...page.items.map((item) => nameOf(item.id)));
    }
    expect(pages).toEqual(await order(w.head, sort));
  });

  it('refuses an unknown sort field or direction with VALIDATION on the sort', async () => {
    for (const sort of [
      { field: 'contentSealed', direction: 'asc' },
      { field: 'deadline', direction: 'sideways' },
    ]) {
      const error = await listHotlineCases(
        w.db.orm.em.fork(),
        w.head,
        { sort: sort as unknown as HotlineCaseSort },
        NOW,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toEqual({ field: 'sort' });
    }
  });
});
