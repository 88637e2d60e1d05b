import {
  generateHotlineKeyring,
  HotlineAlert,
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
const RECEIVED_AT = new Date('2026-05-04T04:00:00Z');
const HOUR = 3_600_000;
const REPORT: HotlineReportInput = {
  category: 'corruption',
  what: 'Қойма меңгерушісі жеткізушіден сыйақы алып, жүкқұжаттарды өзгертті.',
  who: 'Қойма меңгерушісі',
  anonymous: false,
  name: 'Дәурен Жұмабаев',
  contact: 'dauren@example.kz',
};

let now = RECEIVED_AT;
let running: JobGateway;
let sink: SmtpSink;
let gateway: RunningGateway;
let organizationId: string;
let reportId: string;
let caseNumber: string;

async function start(runner: (typeof JOB_RUNNERS)[number]): Promise<void> {
  now = RECEIVED_AT;
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
    // Only the compliance head below may receive the alerts of unassigned cases.
    const admin = await em.findOneOrFail(Person, { id: org.adminPerson.id });
    admin.active = false;
    const head = buildPerson(em, org.organization, org.root, {
      email: 'head@test.adal.kz',
      fullName: 'Гүлнар Әлиева',
    });
    head.locale = 'en';
    grantRoles(em, head, ['employee', 'compliance_head']);
  });
  ({ reportId, number: caseNumber } = await gateway.orm.em
    .fork()
    .transactional((em) =>
      submitHotlineReport(em, generateHotlineKeyring(), organizationId, REPORT, RECEIVED_AT),
    ));
}

describe.each(JOB_RUNNERS)(
  'the hotline acknowledgement alerts job (§69: first feedback within 24 hours) on the %s runner',
  (runner) => {
    beforeAll(() => start(runner));

    afterAll(async () => {
      await running?.close();
      await sink?.close();
    });

    it('runs on that runner', () => {
      expect(gateway.jobs?.mode).toBe(runner);
    });

    it.runIf(runner === 'queue')('runs every 15 minutes', async () => {
      expect(await queueSchedule(gateway, 'hotline.acknowledgement-alerts')).toEqual({
        cron: '*/15 * * * *',
        timezone: 'Asia/Almaty',
      });
    });

    it('e-mails the compliance head of an unassigned case through SMTP, with no report content', async () => {
      now = new Date(RECEIVED_AT.getTime() + 21 * HOUR);
      await gateway.jobs?.runJobNow('hotline.acknowledgement-alerts');
      const [mail] = await sink.waitFor(1);
      expect(mail?.to).toEqual(['head@test.adal.kz']);
      expect(mail?.subject).toBe(`Hotline acknowledgement due soon: ${caseNumber}`);
      expect(mail?.text).toContain('05.05.2026 09:00');
      expect(mail?.text).toContain(`${APP_URL}/hotline/cases/${reportId}`);
      const everything = `${mail?.subject}\n${mail?.text}`;
      for (const secret of [REPORT.what, 'Қойма', 'Дәурен', 'dauren@', 'corruption']) {
        expect(everything).not.toContain(secret);
      }
    });

    it('does not send the same alert twice, and sends the overdue one after the deadline', async () => {
      now = new Date(RECEIVED_AT.getTime() + 22 * HOUR);
      await gateway.jobs?.runJobNow('hotline.acknowledgement-alerts');
      await new Promise((done) => setTimeout(done, 1500));
      expect(sink.received).toHaveLength(1);

      now = new Date(RECEIVED_AT.getTime() + 25 * HOUR);
      await gateway.jobs?.runJobNow('hotline.acknowledgement-alerts');
      const mails = await sink.waitFor(2);
      expect(mails[1]?.subject).toBe(`Hotline acknowledgement overdue: ${caseNumber}`);
      expect(await gateway.orm.em.fork().count(HotlineAlert, { organization: organizationId })).toBe(2);
    });
  },
);
