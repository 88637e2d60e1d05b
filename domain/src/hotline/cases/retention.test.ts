import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { verifyAuditChain } from '../../audit/verify-audit-chain.js';
import { assignHotlineCase } from './case-assignment.js';
import { addHotlineNote, closeHotlineCase, recordFindings } from './case-work.js';
import { HotlineReport } from './hotline-report.entity.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { updateHotlineSettings } from '../hotline-settings.js';
import { expireReporterAccess, purgeExpiredHotlineCases } from './retention.js';
import { hotlineReportByReceipt } from '../reporter/reporter.js';

let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const DAY = 86_400_000;

async function closedCase(closedAt: Date): Promise<string> {
  const { reportId } = await w.report(
    { attachments: [{ fileName: 'a.txt', data: Buffer.from('дәлел') }] },
    new Date(closedAt.getTime() - 10 * DAY),
  );
  await w.inTx((em) => assignHotlineCase(em, w.head, reportId, [w.investigator.personId], closedAt));
  await w.inTx((em) => addHotlineNote(em, w.investigator, w.keyring, reportId, 'Ескерту', closedAt));
  await w.inTx((em) =>
    recordFindings(em, w.investigator, w.keyring, reportId, {
      findings: 'Тұжырым',
      outcome: 'not_substantiated',
    }),
  );
  await w.inTx((em) =>
    closeHotlineCase(
      em,
      w.investigator,
      w.keyring,
      reportId,
      { outcome: 'not_substantiated', messageToReporter: 'Жабылды' },
      closedAt,
    ),
  );
  return reportId;
}

describe('retention (issue 4 §4)', () => {
  it('purges closed cases older than 5 years with everything attached, and keeps only their number on the audit trail', async () => {
    const now = new Date('2031-07-01T00:00:00Z');
    const old = await closedCase(new Date('2026-06-30T00:00:00Z'));
    const recent = await closedCase(new Date('2026-07-02T00:00:00Z'));
    const openOld = (await w.report({}, new Date('2020-01-01T00:00:00Z'))).reportId;
    const number = (await w.db.orm.em.fork().findOneOrFail(HotlineReport, { id: old })).number;

    const purged = await w.inTx((em) => purgeExpiredHotlineCases(em, w.org.organization.id, now));
    expect(purged).toBe(1);
    const em = w.db.orm.em.fork();
    expect(await em.count(HotlineReport, { id: old })).toBe(0);
    // Counted in SQL: whatever hangs off the case goes with it, whichever entity maps it.
    for (const table of [
      'hotline_message',
      'hotline_attachment',
      'hotline_note',
      'hotline_case_assignment',
    ]) {
      const [row] = await em.execute<{ old: string; recent: string }[]>(
        `select count(*) filter (where report_id = ?) as old, count(*) filter (where report_id = ?) as recent from ${table}`,
        [old, recent],
      );
      expect([table, Number(row?.old), Number(row?.recent) > 0]).toEqual([table, 0, true]);
    }
    expect(await em.count(HotlineReport, { id: { $in: [recent, openOld] } })).toBe(2);
    const event = await em.findOneOrFail(AuditEvent, { entityId: old, action: 'hotline.case_purged' });
    expect(event.actorPersonId).toBeNull();
    expect(event.data).toEqual({ number: `HL-2026-${String(number).padStart(4, '0')}`, retentionYears: 5 });
    expect((await verifyAuditChain(em, w.org.organization.id)).ok).toBe(true);
    // Nothing left to purge: running again changes nothing.
    expect(await w.inTx((tx) => purgeExpiredHotlineCases(tx, w.org.organization.id, now))).toBe(0);
  });

  it('follows the configured retention period', async () => {
    const closed = await closedCase(new Date('2027-01-10T00:00:00Z'));
    await w.inTx((em) => updateHotlineSettings(em, w.head, { retentionYears: 1 }));
    await w.inTx((em) =>
      purgeExpiredHotlineCases(em, w.org.organization.id, new Date('2028-01-09T00:00:00Z')),
    );
    expect(await w.db.orm.em.fork().count(HotlineReport, { id: closed })).toBe(1);
    await w.inTx((em) =>
      purgeExpiredHotlineCases(em, w.org.organization.id, new Date('2028-01-11T00:00:00Z')),
    );
    expect(await w.db.orm.em.fork().count(HotlineReport, { id: closed })).toBe(0);
    await w.inTx((em) => updateHotlineSettings(em, w.head, { retentionYears: 5 }));
  });

  it('expires reporter access 90 idle days after closing, keeping the case; never while it is open (§41.1)', async () => {
    const t0 = new Date('2032-01-01T00:00:00Z');
    const idle = await w.report({}, t0);
    const active = await w.report({}, t0);
    const stillOpen = await w.report({}, t0);
    for (const { reportId } of [idle, active]) {
      await w.db.orm.em
        .fork()
        .nativeUpdate(
          HotlineReport,
          { id: reportId },
          { status: 'closed', outcome: 'not_substantiated', closedAt: new Date(t0.getTime() + 10 * DAY) },
        );
    }
    await w.inTx((em) =>
      hotlineReportByReceipt(em, w.keyring, active.receipt, new Date(t0.getTime() + 60 * DAY)),
    );
    const now = new Date(t0.getTime() + 101 * DAY);
    expect(await w.inTx((em) => expireReporterAccess(em, w.org.organization.id, now))).toBeGreaterThanOrEqual(
      1,
    );
    const em = w.db.orm.em.fork();
    expect((await em.findOneOrFail(HotlineReport, { id: idle.reportId })).reporterAccessExpiredAt).toEqual(
      now,
    );
    for (const kept of [active, stillOpen]) {
      expect(
        (await em.findOneOrFail(HotlineReport, { id: kept.reportId })).reporterAccessExpiredAt,
      ).toBeNull();
    }
    await expect(
      w.inTx((tx) => hotlineReportByReceipt(tx, w.keyring, idle.receipt, now)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      w.inTx((tx) => hotlineReportByReceipt(tx, w.keyring, active.receipt, now)),
    ).resolves.toMatchObject({ status: 'closed' });
    await expect(
      w.inTx((tx) => hotlineReportByReceipt(tx, w.keyring, stillOpen.receipt, now)),
    ).resolves.toMatchObject({ status: 'received' });
    const event = await em.findOneOrFail(AuditEvent, {
      entityId: idle.reportId,
      action: 'hotline.reporter_access_expired',
    });
    expect(event.data).toMatchObject({ idleDays: 90 });
  });
});
