import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../kernel/actor.js';
import { newId } from '../kernel/ids.js';
import type { WorkItem } from '../work/work-item.js';
import { assignHotlineCase } from './cases/case-assignment.js';
import { createHotlineWorld, type HotlineWorld } from './hotline-fixtures.js';
import {
  attachCommissionRecommendation,
  finalizeHrAction,
  listHrActions,
  recordHrAction,
} from './protection/hr-actions.js';
import { grantProtection } from './protection/protection.js';
import { linkInvolvedPersons } from './cases/triage.js';
import { CASES_NAMED_PER_KIND, HOTLINE_WORK } from './work-items.js';

// The home page reads a long queue by counting it in SQL and naming only its most urgent cases:
// what it shows stays right however many cases wait.

const HOUR = 3_600_000;
const NOW = new Date('2026-07-10T06:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

let w: HotlineWorld;
/** Past their 24 hours, oldest first. */
const overdue: string[] = [];
/** Still within them, oldest first. */
const fresh: string[] = [];
let naming: string;

beforeAll(async () => {
  w = await createHotlineWorld();
  for (let i = 0; i < 7; i += 1) overdue.push((await w.report({}, hoursAgo(36 - i))).reportId);
  for (let i = 5; i >= 1; i -= 1) fresh.push((await w.report({}, hoursAgo(i))).reportId);
  // The oldest of all names the compliance head: she sees it withheld, it is never hers to count.
  naming = (await w.report({}, hoursAgo(40))).reportId;
  await w.inTx((em) => assignHotlineCase(em, w.head, naming, [w.investigator.personId], hoursAgo(39)));
  await w.inTx((em) => linkInvolvedPersons(em, w.investigator, naming, [w.head.personId], hoursAgo(38)));
});

afterAll(async () => {
  await w?.db.drop();
});

function itemsOf(actor: Actor): Promise<WorkItem[]> {
  return HOTLINE_WORK.items(w.db.orm.em.fork(), actor, NOW);
}

describe('the hotline on the home page, with more cases than it names', () => {
  it('names the most overdue cases to acknowledge and counts all the others in one item', async () => {
    expect(overdue.length + fresh.length).toBeGreaterThan(CASES_NAMED_PER_KIND);
    const items = await itemsOf(w.head);
    const named = items.filter((item) => item.kind === 'case_to_acknowledge');
    expect(named.map((item) => item.id)).toEqual(
      overdue.slice(0, CASES_NAMED_PER_KIND).map((id) => `hotline:case_to_acknowledge:${id}`),
    );
    expect(named.every((item) => item.urgency === 'overdue')).toBe(true);
    // The rest: two more overdue and the five fresh ones, not the case that names her.
    expect(items.filter((item) => item.kind === 'more_cases_to_acknowledge')).toEqual([
      {
        id: 'hotline:more_cases_to_acknowledge:all',
        plugin: 'hotline',
        kind: 'more_cases_to_acknowledge',
        subject: null,
        urgency: 'overdue',
        dueAt: null,
        dueOn: null,
        path: '/hotline',
        count: overdue.length + fresh.length - CASES_NAMED_PER_KIND,
      },
    ]);
  });

  it('gives the rest the urgency of its most urgent case', async () => {
    const investigator = (await w.person(['employee', 'hotline_investigator'])).actor;
    const assign = async (ids: readonly string[]) => {
      for (const id of ids) {
        await w.inTx((em) => assignHotlineCase(em, w.head, id, [investigator.personId], NOW));
      }
    };
    const rest = async () =>
      (await itemsOf(investigator))
        .filter((item) => item.kind === 'more_cases_to_acknowledge')
        .map((item) => [item.urgency, item.count]);
    // A page of overdue cases, then only fresh ones: the rest is due soon.
    await assign([...overdue.slice(0, CASES_NAMED_PER_KIND), ...fresh]);
    expect(await rest()).toEqual([['due_soon', fresh.length]]);
    // One overdue case more than the page holds: the rest is overdue.
    await assign([overdue[CASES_NAMED_PER_KIND] as string]);
    expect(await rest()).toEqual([['overdue', fresh.length + 1]]);
  });

  it('names every case when they fit, with no item for a rest', async () => {
    const items = await itemsOf(w.investigator);
    expect(items.map((item) => item.id)).toEqual([`hotline:case_to_acknowledge:${naming}`]);
  });
});

describe('HR actions flagged on the home page', () => {
  it('counts those not final yet, as each reader’s list shows them', async () => {
    const hr = { ...w.org.admin, roles: ['employee' as const, 'hr_officer' as const] };
    const reporter = (await w.person()).person;
    const reporterAboutHead = (await w.person()).person;
    // One protection under an ordinary case, one under the case that names the compliance head.
    for (const [person, reportId] of [
      [reporter, newId()],
      [reporterAboutHead, naming],
    ] as const) {
      await w.inTx((em) =>
        grantProtection(
          em,
          w.investigator,
          {
            personId: person.id,
            basis: 'open_reporter',
            reportId,
            reportNumber: 'HL-2026-0099',
            reportDate: '2026-07-01',
          },
          NOW,
        ),
      );
    }
    const record = (personId: string, kind: 'dismissal' | 'transfer') =>
      w.inTx((em) =>
        recordHrAction(
          em,
          hr,
          { personId, kind, initiator: 'employer', decidedOn: '2026-07-08', description: 'Reorganisation' },
          NOW,
        ),
      );
    await record(reporter.id, 'dismissal');
    const finalised = await record(reporter.id, 'transfer');
    await record(reporterAboutHead.id, 'dismissal');
    await w.inTx((em) =>
      attachCommissionRecommendation(
        em,
        hr,
        finalised.id,
        { reference: 'Protocol 7', on: '2026-07-09' },
        NOW,
      ),
    );
    await w.inTx((em) => finalizeHrAction(em, hr, finalised.id, NOW));

    const countOf = async (actor: Actor) =>
      (await itemsOf(actor)).find((item) => item.kind === 'hr_actions_flagged')?.count ?? 0;
    const listed = async (actor: Actor) =>
      (await listHrActions(w.db.orm.em.fork(), actor, { flaggedOnly: true })).filter(
        (a) => a.status !== 'final',
      ).length;
    // HR sees both dismissals; the compliance head not the one under the case that names her.
    expect(await countOf(hr)).toBe(2);
    expect(await countOf(w.head)).toBe(1);
    for (const actor of [hr, w.head]) expect(await countOf(actor)).toBe(await listed(actor));
  });
});
