import { AuditEvent, generateHotlineKeyring, HotlineReport, submitHotlineReport } from '@adal/domain';
import { buildOrganization } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../start-gateway.js';
import { JOB_RUNNERS, queueSchedule, startJobGateway, type JobGateway } from '../testing/job-gateway.js';

const NOW = new Date('2031-06-01T21:00:00Z');
const DAY_MS = 86_400_000;

let running: JobGateway;
let gateway: RunningGateway;
let organizationId: string;

/** A report received `daysAgo`, closed `closedDaysAgo` (or still open). */
async function report(daysAgo: number, closedDaysAgo: number | null): Promise<string> {
  const receivedAt = new Date(NOW.getTime() - daysAgo * DAY_MS);
  const { reportId } = await gateway.orm.em
    .fork()
    .transactional((em) =>
      submitHotlineReport(
        em,
        generateHotlineKeyring(),
        organizationId,
        { category: 'other', what: 'Ескі хабарлама, сақтау мерзімін тексеру үшін.', anonymous: true },
        receivedAt,
      ),
    );
  if (closedDaysAgo !== null) {
    await gateway.orm.em.fork().nativeUpdate(
      HotlineReport,
      { id: reportId },
      {
        status: 'closed',
        outcome: 'not_substantiated',
        closedAt: new Date(NOW.getTime() - closedDaysAgo * DAY_MS),
      },
    );
  }
  return reportId;
}

describe.each(JOB_RUNNERS)('the hotline retention job on the %s runner', (runner) => {
  beforeAll(async () => {
    running = await startJobGateway(runner, { clock: () => NOW });
    gateway = running.gateway;
    organizationId = (await buildOrganization(gateway.orm.em.fork())).organization.id;
  });

  afterAll(async () => {
    await running?.close();
  });

  it('runs on that runner', () => {
    expect(gateway.jobs?.mode).toBe(runner);
  });

  it.runIf(runner === 'queue')('runs every night at 02:00 in Kazakhstan', async () => {
    expect(await queueSchedule(gateway, 'hotline.retention')).toEqual({
      cron: '0 2 * * *',
      timezone: 'Asia/Almaty',
    });
  });

  it('purges closed cases past the retention period and expires receipts idle since closing, keeping the rest', async () => {
    const expired = await report(6 * 365, 5 * 365 + 30);
    const recentlyClosed = await report(400, 300);
    const idleOpen = await report(120, null);
    const active = await report(10, null);

    await gateway.jobs?.runJobNow('hotline.retention');

    const em = gateway.orm.em.fork();
    const left = await em.find(
      HotlineReport,
      { organization: organizationId },
      { orderBy: { number: 'asc' } },
    );
    expect(left.map((r) => r.id)).toEqual([recentlyClosed, idleOpen, active]);
    const byId = new Map(left.map((r) => [r.id, r]));
    // A receipt idle since closing stops working; the case itself is kept. §41.1: an open case's never.
    expect(byId.get(recentlyClosed)?.reporterAccessExpiredAt).toEqual(NOW);
    expect(byId.get(idleOpen)?.reporterAccessExpiredAt ?? null).toBeNull();
    expect(byId.get(active)?.reporterAccessExpiredAt ?? null).toBeNull();
    const purged = await em.find(AuditEvent, { action: 'hotline.case_purged' });
    expect(purged.map((event) => event.entityId)).toEqual([expired]);
    expect(purged[0]?.actorPersonId ?? null).toBeNull();
  });
});
