import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { kpiCatalog } from '../../kpi/kpi-registry.js';
import { actorOf, buildOrganization, buildPerson, grantRoles } from '../../testing/factories.js';
import { assignHotlineCase } from '../cases/case-assignment.js';
import {
  acknowledgeHotlineCase,
  closeHotlineCase,
  giveInterimFeedback,
  recordFindings,
} from '../cases/case-work.js';
import { breakdown, hotlineDashboard } from './dashboard.js';
import { createHotlineWorld, SAMPLE_REPORT, type HotlineWorld } from '../hotline-fixtures.js';
import type { HotlineCategory } from '../cases/hotline-report.entity.js';
import { submitHotlineReport } from '../intake/intake.js';
import {
  addHotlineRecommendation,
  completeHotlineRecommendation,
} from '../recommendations/recommendations.js';
import './kpis.js';

let w: HotlineWorld;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const plus = (t: Date, ms: number) => new Date(t.getTime() + ms);

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

/** A case received at `receivedAt`, acknowledged and closed after the given delays (null: never). */
async function handledCase(
  receivedAt: Date,
  o: { acknowledgeAfter?: number | null; closeAfter?: number | null; checkDays?: number },
): Promise<string> {
  const { reportId } = await w.report({}, receivedAt);
  await w.inTx((em) => assignHotlineCase(em, w.head, reportId, [w.investigator.personId], receivedAt));
  if (o.acknowledgeAfter != null) {
    await w.inTx((em) =>
      acknowledgeHotlineCase(
        em,
        w.investigator,
        w.keyring,
        reportId,
        plus(receivedAt, o.acknowledgeAfter ?? 0),
      ),
    );
  }
  if (o.checkDays) {
    await w.inTx((em) =>
      giveInterimFeedback(
        em,
        w.investigator,
        w.keyring,
        reportId,
        { checkDays: o.checkDays, body: 'Тексеру жүріп жатыр' },
        plus(receivedAt, 2 * HOUR),
      ),
    );
  }
  if (o.closeAfter != null) {
    await w.inTx((em) =>
      recordFindings(em, w.investigator, w.keyring, reportId, {
        findings: 'Тұжырым',
        outcome: 'substantiated',
      }),
    );
    await w.inTx((em) =>
      closeHotlineCase(
        em,
        w.investigator,
        w.keyring,
        reportId,
        { outcome: 'substantiated', messageToReporter: 'Жабылды' },
        plus(receivedAt, o.closeAfter ?? 0),
      ),
    );
  }
  return reportId;
}

describe('hotline KPIs (§69, §74.6)', () => {
  // Whole days of Kazakhstan: its KPIs refuse a bound within a day.
  const period = {
    periodFrom: startOfKazakhstanDay('2025-01-01'),
    periodTo: startOfKazakhstanDay('2025-12-31'),
  };

  beforeAll(async () => {
    await handledCase(new Date('2025-02-01T10:00:00Z'), { acknowledgeAfter: 5 * HOUR, closeAfter: 10 * DAY });
    await handledCase(new Date('2025-02-02T10:00:00Z'), {
      acknowledgeAfter: 30 * HOUR,
      closeAfter: 40 * DAY,
    });
    await handledCase(new Date('2025-03-01T10:00:00Z'), {});
    // Interim feedback: a 60-day check moves the deadline, so closing on day 50 is in time.
    await handledCase(new Date('2025-03-05T10:00:00Z'), {
      acknowledgeAfter: HOUR,
      checkDays: 60,
      closeAfter: 50 * DAY,
    });
    // Outside the period.
    await handledCase(new Date('2024-12-31T10:00:00Z'), { acknowledgeAfter: 50 * HOUR });

    const caseId = (await w.report({}, new Date('2025-05-01T00:00:00Z'))).reportId;
    const owner = w.investigator.personId;
    const recommend = (dueOn: string) =>
      w.inTx((em) =>
        addHotlineRecommendation(
          em,
          w.head,
          caseId,
          { kind: 'corrective', text: 'Түзету', ownerId: owner, dueOn },
          new Date('2025-05-01T00:00:00Z'),
        ),
      );
    const onTime = await recommend('2025-06-10');
    const late = await recommend('2025-06-15');
    await recommend('2025-06-20');
    await recommend('2099-01-01');
    // Done at 23:00 in Kazakhstan on the due date: on time.
    await w.inTx((em) =>
      completeHotlineRecommendation(em, w.head, onTime.id, {}, new Date('2025-06-10T18:00:00Z')),
    );
    await w.inTx((em) =>
      completeHotlineRecommendation(em, w.head, late.id, {}, new Date('2025-06-15T20:00:00Z')),
    );
  });

  it('registers the four hotline KPIs with their paragraphs and targets', () => {
    const hotline = kpiCatalog().filter((k) => k.context === 'hotline');
    expect(hotline.map((k) => [k.code, k.paragraph, k.target, k.unit])).toEqual([
      ['hotline.acknowledged_in_time', '§69', 100, 'percent'],
      ['hotline.processed_in_time', '§74.6', 100, 'percent'],
      ['hotline.recommendations_on_time', '§69', 100, 'percent'],
      ['hotline.reports_count', '§69', null, 'count'],
    ]);
    expect(hotline.every((k) => k.dimensions.join() === 'period' && k.title.kk && k.title.ru)).toBe(true);
    expect(hotline.map((k) => k.smallCountThreshold)).toEqual([5, 5, 5, 5]);
  });

  it('computes them on a small data set through computeKpiValues', async () => {
    const values = await computeKpiValues(
      w.db.orm.em.fork(),
      w.head,
      [
        'hotline.acknowledged_in_time',
        'hotline.processed_in_time',
        'hotline.recommendations_on_time',
        'hotline.reports_count',
      ],
      period,
    );
    expect(values.map((v) => [v.code, v.value, v.numerator, v.denominator, v.met, v.suppressed])).toEqual([
      // 5 reports of 2025, all past their 24 h: acknowledged in time 2 (after 5 h and 1 h); late 1 (30 h); never 2.
      ['hotline.acknowledged_in_time', 40, 2, 5, false, false],
      // Closed in time 2 (day 10; day 50 of a 60-day check); late 1 (day 40 of 30); open past the deadline 2.
      ['hotline.processed_in_time', 40, 2, 5, false, false],
      // Due in 2025 and due or done: 3 (on time 1, a day late 1, past due 1) — fewer than 5, so withheld.
      ['hotline.recommendations_on_time', null, null, null, null, true],
      // The recommendations' case (received 2025-05-01) counts as a report too.
      ['hotline.reports_count', 5, 5, null, null, false],
    ]);
  });

  it('withholds every figure of a period with 1 report, as the dashboard shows it as "< 5"', async () => {
    const values = await computeKpiValues(
      w.db.orm.em.fork(),
      w.head,
      ['hotline.reports_count', 'hotline.acknowledged_in_time', 'hotline.processed_in_time'],
      { periodFrom: startOfKazakhstanDay('2025-02-01'), periodTo: startOfKazakhstanDay('2025-02-01') },
    );
    expect(values.map((v) => [v.code, v.value, v.numerator, v.denominator, v.met, v.suppressed])).toEqual([
      ['hotline.reports_count', null, null, null, null, true],
      ['hotline.acknowledged_in_time', null, null, null, null, true],
      ['hotline.processed_in_time', null, null, null, null, true],
    ]);
  });

  it('shows a period without reports as 0, not as a small count', async () => {
    const [count, share] = await computeKpiValues(
      w.db.orm.em.fork(),
      w.head,
      ['hotline.reports_count', 'hotline.acknowledged_in_time'],
      { periodFrom: startOfKazakhstanDay('2023-01-01'), periodTo: startOfKazakhstanDay('2023-12-31') },
    );
    expect(count).toMatchObject({ value: 0, suppressed: false });
    expect(share).toMatchObject({ value: null, denominator: 0, suppressed: false });
  });
});

describe('hotline dashboard (issue 4 §6: aggregates only)', () => {
  let head: Actor;
  let organizationId: string;

  beforeAll(async () => {
    const em = w.db.orm.em.fork();
    const other = await buildOrganization(em);
    organizationId = other.organization.id;
    const person = buildPerson(em, other.organization, other.root);
    grantRoles(em, person, ['compliance_head']);
    await em.flush();
    head = actorOf(person, ['compliance_head']);
    const file = async (category: HotlineCategory, count: number, receivedAt: Date) => {
      for (let i = 0; i < count; i += 1) {
        await w.inTx((tx) =>
          submitHotlineReport(tx, w.keyring, organizationId, { ...SAMPLE_REPORT, category }, receivedAt),
        );
      }
    };
    await file('law_violation', 7, new Date('2024-06-01T06:00:00Z'));
    await file('corruption', 6, new Date('2024-06-12T06:00:00Z'));
    await file('conflict_of_interest', 2, new Date('2024-06-19T06:00:00Z'));
  });

  it('shows the first head 1 to 4 as "< 5", hides the cell that would give it away, and shows zeros as 0', async () => {
    const dashboard = await hotlineDashboard(
      w.db.orm.em.fork(),
      { ...head, roles: ['first_head'] },
      {},
      new Date('2024-06-20T00:00:00Z'),
    );
    const cell = (key: string) => dashboard.byCategory.find((c) => c.key === key);
    expect(cell('law_violation')).toEqual({ key: 'law_violation', count: 7, display: '7' });
    expect(cell('conflict_of_interest')).toEqual({
      key: 'conflict_of_interest',
      count: null,
      display: '< 5',
    });
    // Total 15 minus 7 would reveal the 2 if corruption showed 6.
    expect(cell('corruption')).toEqual({ key: 'corruption', count: null, display: '≥ 5' });
    expect(cell('other')).toEqual({ key: 'other', count: 0, display: '0' });
    expect(dashboard.total).toEqual({ key: 'total', count: 15, display: '15' });
    expect(dashboard.byStatus.find((c) => c.key === 'received')).toEqual({
      key: 'received',
      count: 15,
      display: '15',
    });
    // Open cases by whole days since receipt on 2024-06-20: 7 of 18 days; 6 of 7 days and 2 of 0 days.
    expect(dashboard.byAge.map((c) => [c.key, c.display])).toEqual([
      ['0-7', '8'],
      ['8-30', '7'],
      ['31-90', '0'],
      ['90+', '0'],
    ]);
    expect(dashboard.overdueAcknowledgements).toEqual({
      key: 'overdue_acknowledgements',
      count: 13,
      display: '13',
    });
    expect(dashboard.acknowledgedInTimeShare).toBe(0);
    expect(JSON.stringify(dashboard)).not.toMatch(/конверт|HL-/);
  });

  it('shows the compliance head, who runs every case, the exact figures', async () => {
    const dashboard = await hotlineDashboard(w.db.orm.em.fork(), head, {}, new Date('2024-06-20T00:00:00Z'));
    const cell = (key: string) => dashboard.byCategory.find((c) => c.key === key);
    expect(cell('conflict_of_interest')).toEqual({ key: 'conflict_of_interest', count: 2, display: '2' });
    expect(cell('corruption')).toEqual({ key: 'corruption', count: 6, display: '6' });
  });

  it('counts only the reports of the period', async () => {
    const dashboard = await hotlineDashboard(
      w.db.orm.em.fork(),
      head,
      { periodFrom: new Date('2024-06-10'), periodTo: new Date('2024-06-12') },
      new Date('2024-06-20T00:00:00Z'),
    );
    expect(dashboard.total.display).toBe('6');
    expect(dashboard.byCategory.find((c) => c.key === 'law_violation')?.display).toBe('0');
  });

  it('suppresses no second cell when two are already hidden', () => {
    const cells = breakdown(
      new Map([
        ['a', 2],
        ['b', 3],
        ['c', 9],
      ]),
      ['a', 'b', 'c'],
    );
    expect(cells.map((c) => c.display)).toEqual(['< 5', '< 5', '9']);
  });

  it('is for the compliance head, the first head and auditors, not for investigators', async () => {
    // Their figures: the total, as a count or withheld under the small-count rule.
    const readersTotal = { total: { key: 'total', display: expect.stringMatching(/^(\d+|< 5)$/) } };
    const em = w.db.orm.em.fork();
    await expect(hotlineDashboard(em, { ...head, roles: ['auditor'] }, {})).resolves.toMatchObject(
      readersTotal,
    );
    await expect(hotlineDashboard(em, { ...head, roles: ['first_head'] }, {})).resolves.toMatchObject(
      readersTotal,
    );
    await expect(
      hotlineDashboard(em, { ...head, roles: ['hotline_investigator'] }, {}),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
