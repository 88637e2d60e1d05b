import {
  generateHotlineKeyring,
  HotlineQuarterlyReport,
  Person,
  submitHotlineReport,
  type HotlineReportInput,
} from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../mail/mailer.js';
import { startSmtpSink, type SmtpSink } from '../mail/smtp-sink.js';
import type { RunningGateway } from '../start-gateway.js';
import { JOB_RUNNERS, queueSchedule, startJobGateway, type JobGateway } from '../testing/job-gateway.js';

const APP_URL = 'https://adal.test.kz';
const REPORT: HotlineReportInput = {
  category: 'corruption',
  what: 'Қойма меңгерушісі жеткізушіден сыйақы алып, жүкқұжаттарды өзгертті.',
  anonymous: true,
};
/** 08:00 in Kazakhstan on the first day of the second quarter. */
const QUARTER_START = new Date('2026-04-01T03:00:00Z');

describe.each(JOB_RUNNERS)('the quarterly hotline report job on the %s runner (§69, §60.4)', (runner) => {
  let now = QUARTER_START;
  let running: JobGateway;
  let gateway: RunningGateway;
  let sink: SmtpSink;
  let organizationId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    running = await startJobGateway(runner, {
      clock: () => now,
      mailer: createSmtpMailer(sink.url, 'Adal <adal@test.adal.kz>'),
      appUrl: APP_URL,
    });
    gateway = running.gateway;
    const org = await buildOrganization(gateway.orm.em.fork());
    organizationId = org.organization.id;
    await gateway.orm.em.fork().transactional(async (em) => {
      const admin = await em.findOneOrFail(Person, { id: org.adminPerson.id });
      admin.active = false;
      const first = buildPerson(em, org.organization, org.root, {
        email: 'first@test.adal.kz',
        fullName: 'Бірінші Басшы',
      });
      grantRoles(em, first, ['employee', 'first_head']);
      const board = buildPerson(em, org.organization, org.root, {
        email: 'board@test.adal.kz',
        fullName: 'Ольга Ким',
      });
      board.locale = 'ru';
      grantRoles(em, board, ['employee', 'board_member']);
      const head = buildPerson(em, org.organization, org.root, { email: 'head@test.adal.kz' });
      grantRoles(em, head, ['employee', 'compliance_head']);
    });
    for (let i = 0; i < 6; i += 1) {
      await gateway.orm.em
        .fork()
        .transactional((em) =>
          submitHotlineReport(
            em,
            generateHotlineKeyring(),
            organizationId,
            REPORT,
            new Date('2026-02-10T05:00:00Z'),
          ),
        );
    }
  });

  afterAll(async () => {
    await running?.close();
    await sink?.close();
  });

  it('runs on that runner', () => {
    expect(gateway.jobs?.mode).toBe(runner);
  });

  it.runIf(runner === 'queue')('runs in the mornings of a quarter’s first week, in Kazakhstan', async () => {
    expect(await queueSchedule(gateway, 'hotline.quarterly-report')).toEqual({
      cron: '0 8 1-7 1,4,7,10 *',
      timezone: 'Asia/Almaty',
    });
  });

  it('makes the last quarter’s report and e-mails the first head and the board, with no case content', async () => {
    await gateway.jobs?.runJobNow('hotline.quarterly-report');
    const mails = await sink.waitFor(2);
    const byRecipient = new Map(mails.map((mail) => [mail.to.join(','), mail]));
    expect([...byRecipient.keys()].sort()).toEqual(['board@test.adal.kz', 'first@test.adal.kz']);
    expect(byRecipient.get('first@test.adal.kz')?.subject).toBe('Сенім желісінің тоқсандық есебі: 2026-Q1');
    expect(byRecipient.get('board@test.adal.kz')?.subject).toBe('Квартальный отчёт линии доверия: 2026-Q1');
    expect(byRecipient.get('board@test.adal.kz')?.text).toContain(`${APP_URL}/hotline/quarterly-reports`);
    for (const mail of mails) expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Қойма|HL-|corruption/);
    const kept = await gateway.orm.em.fork().find(HotlineQuarterlyReport, { organization: organizationId });
    expect(kept.map((r) => [r.quarter, r.generatedBy, r.figures.months.map((m) => m.received)])).toEqual([
      ['2026-Q1', null, ['0', '6', '0']],
    ]);
  });

  it('makes it once, and nothing later in the quarter', async () => {
    now = new Date('2026-04-02T03:00:00Z');
    await gateway.jobs?.runJobNow('hotline.quarterly-report');
    now = new Date('2026-04-20T03:00:00Z');
    await gateway.jobs?.runJobNow('hotline.quarterly-report');
    await new Promise((done) => setTimeout(done, 1500));
    expect(sink.received).toHaveLength(2);
    expect(await gateway.orm.em.fork().count(HotlineQuarterlyReport, { organization: organizationId })).toBe(
      1,
    );
  });
});
