import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { HotlineCaseAssignment } from '../cases/hotline-case-assignment.entity.js';
import { HotlineInvolvedPerson } from '../cases/hotline-involved-person.entity.js';
import { HotlineReport, type HotlineCategory, type HotlineChannel } from '../cases/hotline-report.entity.js';
import { createHotlineWorld, SAMPLE_REPORT, type HotlineWorld } from '../hotline-fixtures.js';
import { submitHotlineReport } from '../intake/intake.js';
import { hotlineDashboard, type DashboardCell } from './dashboard.js';
import { casesBehindFigure } from './figure-cases.js';
import { lastEndedQuarter } from '../../kernel/quarters.js';
import { quarterlyFigures } from './quarterly-figures.js';
import { HotlineQuarterlyReport } from './quarterly-report.entity.js';
import {
  generateQuarterlyReport,
  listQuarterlyReports,
  quarterlyReportMail,
  quarterlyReportRecipients,
} from './quarterly-reports.js';
import { hotlineTrends, NO_ORG_UNIT, SEVERAL_ORG_UNITS } from './trends.js';
import './kpis.js';

// Reports of January to March 2026 in Kazakhstan's time (UTC+5).
let w: HotlineWorld;
let board: Actor;
let firstHead: Actor;
let salesId: string;
const at = (local: string) => new Date(`${local}+05:00`);
const NOW = at('2026-04-10T12:00:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function file(
  n: number,
  receivedAt: Date,
  o: {
    category?: HotlineCategory;
    channel?: HotlineChannel;
    acknowledgeAfter?: number;
    closeAfter?: number;
    substantiated?: boolean;
    named?: string[];
  } = {},
): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const { reportId } = await w.inTx((em) =>
      submitAs(em, receivedAt, o.category ?? 'corruption', o.channel ?? 'web'),
    );
    await w.db.orm.em.fork().nativeUpdate(
      HotlineReport,
      { id: reportId },
      {
        ...(o.acknowledgeAfter !== undefined
          ? { acknowledgedAt: new Date(receivedAt.getTime() + o.acknowledgeAfter) }
          : {}),
        ...(o.closeAfter !== undefined
          ? {
              status: 'closed' as const,
              closedAt: new Date(receivedAt.getTime() + o.closeAfter),
              outcome: o.substantiated ? ('substantiated' as const) : ('not_substantiated' as const),
            }
          : {}),
      },
    );
    if (o.named) {
      await w.inTx(async (em) => {
        for (const person of o.named ?? []) {
          em.create(HotlineInvolvedPerson, { organization: w.org.organization.id, report: reportId, person });
        }
      });
    }
  }
}

async function submitAs(
  em: EntityManager,
  receivedAt: Date,
  category: HotlineCategory,
  channel: HotlineChannel,
) {
  const receipt = await submitHotlineReport(
    em,
    w.keyring,
    w.org.organization.id,
    { ...SAMPLE_REPORT, category },
    receivedAt,
  );
  if (channel !== 'web') await em.nativeUpdate(HotlineReport, { id: receipt.reportId }, { channel });
  return receipt;
}

beforeAll(async () => {
  w = await createHotlineWorld();
  board = (await w.person(['board_member'])).actor;
  firstHead = (await w.person(['first_head'])).actor;
  const sales = await w.inTx(async (em) => {
    const unit = em.create(OrgUnit, {
      organization: w.org.organization.id,
      parent: w.org.root.id,
      path: `${w.org.root.path}sales/`,
      name: 'Сату бөлімі',
      names: { ru: 'Отдел продаж', en: 'Sales' },
    });
    return unit;
  });
  salesId = sales.id;
  const seller = (
    await w.person(['employee'], { unit: await w.db.orm.em.fork().findOneOrFail(OrgUnit, { id: salesId }) })
  ).person.id;
  const clerk = (await w.person(['employee'])).person.id;
  // January: 6 web reports, acknowledged in time, closed in time and substantiated; 2 by phone, late.
  await file(6, at('2026-01-12T10:00:00'), {
    acknowledgeAfter: 2 * HOUR,
    closeAfter: 10 * DAY,
    substantiated: true,
    named: [seller],
  });
  await file(2, at('2026-01-20T10:00:00'), {
    channel: 'phone',
    category: 'conflict_of_interest',
    acknowledgeAfter: 30 * HOUR,
  });
  // February: none. March: 7 letters naming people of two units, 3 in time.
  await file(3, at('2026-03-02T09:00:00'), {
    channel: 'letter',
    category: 'law_violation',
    acknowledgeAfter: HOUR,
    named: [seller, clerk],
  });
  await file(4, at('2026-03-25T09:00:00'), { channel: 'letter', category: 'law_violation' });
});

afterAll(async () => {
  await w?.db.drop();
});

const sum = (cells: readonly DashboardCell[]) => cells.reduce((total, c) => total + (c.count ?? 0), 0);
const Q1 = { periodFrom: at('2026-01-01T00:00:00'), periodTo: at('2026-03-31T00:00:00') };

describe('the dashboard’s trends and breakdowns (§69: management monitors the hotline)', () => {
  it('counts each month and splits the same reports by category, channel and org unit', async () => {
    const trends = await hotlineTrends(w.db.orm.em.fork(), w.head, Q1, NOW);
    expect(trends.exact).toBe(true);
    expect(
      trends.months.map((m) => [
        m.month,
        m.received.count,
        m.acknowledgedInTime.count,
        m.processedInTime.count,
        m.substantiated.count,
      ]),
    ).toEqual([
      ['2026-01', 8, 6, 6, 6],
      ['2026-02', 0, 0, 0, 0],
      ['2026-03', 7, 3, 0, 0],
    ]);
    const channel = (key: string) => trends.byChannel.find((c) => c.key === key)?.count;
    expect([channel('web'), channel('phone'), channel('letter'), channel('in_person')]).toEqual([6, 2, 7, 0]);
    expect(trends.byOrgUnit.map((c) => [c.key, c.count, c.names?.en ?? null])).toEqual([
      [salesId, 6, 'Sales'],
      [SEVERAL_ORG_UNITS, 3, null],
      [NO_ORG_UNIT, 6, null],
    ]);
  });

  it('contradicts no other figure of the page: breakdowns add up to the total, a month equals the tile of that month', async () => {
    const em = w.db.orm.em.fork();
    const trends = await hotlineTrends(em, w.head, Q1, NOW);
    const tile = await hotlineDashboard(em, w.head, Q1, NOW);
    expect(trends.total.count).toBe(15);
    expect(tile.total.count).toBe(15);
    expect(sum(trends.byCategory)).toBe(15);
    expect(sum(trends.byChannel)).toBe(15);
    expect(sum(trends.byOrgUnit)).toBe(15);
    expect(sum(trends.months.map((m) => m.received))).toBe(15);
    expect(trends.byCategory).toEqual(tile.byCategory);
    for (const [month, first, last] of [
      ['2026-01', '2026-01-01', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-31'],
    ] as const) {
      for (const actor of [w.head, board]) {
        const period = { periodFrom: at(`${first}T00:00:00`), periodTo: at(`${last}T00:00:00`) };
        const monthTile = await hotlineDashboard(em, actor, period, NOW);
        const all = await hotlineTrends(em, actor, Q1, NOW);
        expect(all.months.find((m) => m.month === month)?.received).toEqual({
          ...monthTile.total,
          key: month,
        });
      }
    }
  });

  it('shows the board 1 to 4 as "< 5", in whole days up to yesterday', async () => {
    const trends = await hotlineTrends(w.db.orm.em.fork(), board, Q1, NOW);
    expect(trends.exact).toBe(false);
    const march = trends.months.find((m) => m.month === '2026-03');
    expect(march?.acknowledgedInTime).toEqual({ key: '2026-03', count: null, display: '< 5' });
    expect(trends.byChannel.find((c) => c.key === 'phone')?.display).toBe('< 5');
    expect(trends.byOrgUnit.find((c) => c.key === SEVERAL_ORG_UNITS)?.display).toBe('< 5');
    // Today's report is not in the board's figures until tomorrow.
    const today = await hotlineTrends(w.db.orm.em.fork(), board, {}, at('2026-03-25T20:00:00'));
    expect(today.months.at(-1)).toMatchObject({ month: '2026-03', received: { display: '< 5' } });
    expect(today.lastDay).toBe('2026-03-24');
  });

  it('lets the compliance head open the cases behind a figure, as many as it counts', async () => {
    const em = w.db.orm.em.fork();
    const cases = await casesBehindFigure(
      em,
      w.head,
      { ...Q1, month: '2026-03', orgUnit: SEVERAL_ORG_UNITS },
      NOW,
    );
    expect(cases).toHaveLength(3);
    expect(cases[0]?.number).toMatch(/^HL-2026-\d{4}$/);
    const late = await casesBehindFigure(
      em,
      w.head,
      { ...Q1, channel: 'phone', measure: 'acknowledged_in_time' },
      NOW,
    );
    expect(late).toEqual([]);
    const substantiated = await casesBehindFigure(
      em,
      w.head,
      { ...Q1, month: '2026-01', measure: 'substantiated' },
      NOW,
    );
    expect(substantiated).toHaveLength(6);
    await expect(casesBehindFigure(em, board, Q1, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(casesBehindFigure(em, w.head, { ...Q1, category: 'gossip' }, NOW)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('an investigator’s figures', () => {
  it('are exact, of the cases assigned to her only, and open only those', async () => {
    const em = w.db.orm.em.fork();
    const mine = await casesBehindFigure(
      em,
      w.head,
      { ...Q1, month: '2026-03', orgUnit: SEVERAL_ORG_UNITS },
      NOW,
    );
    await w.inTx(async (tx) => {
      for (const c of mine) {
        tx.create(HotlineCaseAssignment, {
          organization: w.org.organization.id,
          report: c.id,
          investigator: w.investigator.personId,
          assignedBy: w.head.personId,
          assignedAt: NOW,
        });
      }
    });
    const trends = await hotlineTrends(w.db.orm.em.fork(), w.investigator, Q1, NOW);
    expect(trends.exact).toBe(true);
    expect(trends.total).toEqual({ key: 'total', count: 3, display: '3' });
    expect(trends.months.map((m) => m.received.count)).toEqual([0, 0, 3]);
    expect(trends.byOrgUnit.map((c) => [c.key, c.count])).toEqual([[SEVERAL_ORG_UNITS, 3]]);
    const opened = await casesBehindFigure(
      w.db.orm.em.fork(),
      w.investigator,
      { ...Q1, channel: 'letter' },
      NOW,
    );
    expect(opened.map((c) => c.id).sort()).toEqual(mine.map((c) => c.id).sort());
    const other = await hotlineTrends(w.db.orm.em.fork(), w.otherInvestigator, Q1, NOW);
    expect(other.total.count).toBe(0);
  });
});

describe('the quarterly hotline report (§69, §60.4)', () => {
  it('reports the last quarter that has ended', () => {
    expect(lastEndedQuarter(NOW)).toBe('2026-Q1');
    expect(lastEndedQuarter(at('2026-01-01T00:30:00'))).toBe('2025-Q4');
  });

  it('freezes the KPIs against their targets, the months and the recommendations, with no case content', async () => {
    const figures = await quarterlyFigures(w.db.orm.em.fork(), w.org.organization.id, '2026-Q1', NOW);
    expect(figures).toMatchObject({
      quarter: '2026-Q1',
      firstDay: '2026-01-01',
      lastDay: '2026-03-31',
    });
    const kpi = (code: string) => figures.kpis.find((k) => k.code === code);
    // Its title names the organisation's own hours, filled in.
    expect(kpi('hotline.acknowledged_in_time')?.title.kk).toBe(
      'Сенім желісіне түскен хабарламалардың 24 сағат ішінде расталған үлесі',
    );
    // 15 reports, 9 acknowledged within 24 hours: 60 %, against 100 %.
    expect(kpi('hotline.acknowledged_in_time')).toMatchObject({
      value: 60,
      target: 100,
      met: false,
      suppressed: false,
    });
    expect(kpi('hotline.reports_count')).toMatchObject({ value: 15, target: null });
    expect(figures.months.map((m) => [m.month, m.received, m.acknowledgedInTime])).toEqual([
      ['2026-01', '8', '6'],
      ['2026-02', '0', '0'],
      ['2026-03', '7', '< 5'],
    ]);
    expect(figures.recommendations.map((r) => r.display)).toEqual(['0', '0', '0', '0']);
    const text = JSON.stringify(figures);
    for (const secret of [SAMPLE_REPORT.what, 'Сату', 'HL-']) expect(text).not.toContain(secret);
  });

  it('is kept with who generated it, audited, and listed for the board', async () => {
    const report = await w.inTx((em) =>
      generateQuarterlyReport(em, w.head, w.org.organization.id, '2026-Q1', NOW),
    );
    const byJob = await w.inTx((em) =>
      generateQuarterlyReport(em, null, w.org.organization.id, '2026-Q1', at('2026-04-11T08:00:00')),
    );
    const listed = await listQuarterlyReports(w.db.orm.em.fork(), board);
    expect(listed.map((r) => [r.id, r.generatedBy?.id ?? null])).toEqual([
      [byJob.id, null],
      [report.id, w.head.personId],
    ]);
    const events = await w.db.orm.em
      .fork()
      .find(AuditEvent, { action: 'hotline.quarterly_report_generated' });
    expect(events.map((e) => e.entityId).sort()).toEqual([report.id, byJob.id].sort());
  });

  it('refuses a quarter not begun or badly written, and keeps nothing', async () => {
    const before = await w.db.orm.em.fork().count(HotlineQuarterlyReport, {});
    for (const quarter of ['2026-Q3', '2026-Q5', 'Q1-2026']) {
      await expect(
        w.inTx((em) => generateQuarterlyReport(em, w.head, w.org.organization.id, quarter, NOW)),
      ).rejects.toMatchObject({ messageKey: 'hotline.quarterlyReport.quarter' });
    }
    // §69: the compliance function makes its report; those it reports to read it.
    for (const reader of [w.investigator, firstHead, board]) {
      await expect(
        w.inTx((em) => generateQuarterlyReport(em, reader, w.org.organization.id, '2026-Q1', NOW)),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await w.db.orm.em.fork().count(HotlineQuarterlyReport, {})).toBe(before);
  });

  it('is e-mailed to the first head and the board, in their language, with no figure or case content', async () => {
    const recipients = await quarterlyReportRecipients(w.db.orm.em.fork(), w.org.organization.id);
    expect(recipients).toHaveLength(2);
    const report = await w.inTx((em) =>
      generateQuarterlyReport(em, null, w.org.organization.id, '2026-Q1', NOW),
    );
    const mail = quarterlyReportMail(report, { ...recipients[0]!, locale: 'ru' }, 'https://adal.test.kz/');
    expect(mail.subject).toBe('Квартальный отчёт линии доверия: 2026-Q1');
    expect(mail.text).toContain('01.01.2026–31.03.2026');
    expect(mail.text).toContain('https://adal.test.kz/hotline/quarterly-reports');
    expect(mail.text).not.toMatch(/HL-|60|конверт/);
  });
});

describe('the cases behind a figure', () => {
  it('never open, for the compliance head, a case that names her (ADR 008)', async () => {
    // December 2025, apart from the quarter the other figures read: one case naming the head.
    await file(1, at('2025-12-10T10:00:00'), { named: [w.head.personId] });
    const december = { periodFrom: at('2025-12-01T00:00:00'), periodTo: at('2025-12-31T00:00:00') };
    const em = w.db.orm.em.fork();
    expect(await casesBehindFigure(em, w.head, { ...december, month: '2025-12' }, NOW)).toEqual([]);
    expect(await casesBehindFigure(em, w.head, { ...december, orgUnit: NO_ORG_UNIT }, NOW)).toEqual([]);
  });
});
