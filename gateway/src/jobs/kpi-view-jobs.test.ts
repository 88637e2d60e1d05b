import { AuditEvent, KpiView, saveKpiView, shareKpiView, type Actor } from '@adal/domain';
import { actorOf, buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../mail/mailer.js';
import { startSmtpSink, type SmtpSink } from '../mail/smtp-sink.js';
import type { RunningGateway } from '../start-gateway.js';
import { JOB_RUNNERS, queueSchedule, startJobGateway, type JobGateway } from '../testing/job-gateway.js';
import { pdfText } from '../testing/pdf-text.js';
import { queueKpiViewMails } from './kpi-view-jobs.js';
import type { OutgoingMail } from '../mail/mailer.js';

const APP_URL = 'https://adal.test.kz';
const TITLE = 'Басқарма үшін айлық шолу';
/** 07:30 in Kazakhstan on the first of December: November is owed. */
const DECEMBER_FIRST = new Date('2026-12-01T02:30:00Z');

describe.each(JOB_RUNNERS)('the scheduled KPI view mail on the %s runner (§69, §74)', (runner) => {
  let now = new Date('2026-11-20T05:00:00Z');
  let running: JobGateway;
  let gateway: RunningGateway;
  let sink: SmtpSink;
  let organizationId: string;
  let viewId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    running = await startJobGateway(runner, {
      clock: () => now,
      mailer: createSmtpMailer(sink.url, 'Adal <adal@test.adal.kz>'),
      appUrl: APP_URL,
    });
    gateway = running.gateway;
    const em = gateway.orm.em.fork();
    const org = await buildOrganization(em);
    organizationId = org.organization.id;
    const person = (email: string, locale: 'kk' | 'ru' | 'en', roles: Actor['roles']): Actor => {
      const p = buildPerson(em, org.organization, org.root, { email, fullName: email.split('@')[0] });
      p.locale = locale;
      grantRoles(em, p, roles);
      return actorOf(p, roles);
    };
    const head = person('head@test.adal.kz', 'kk', ['employee', 'compliance_head']);
    const reader = person('reader@test.adal.kz', 'ru', ['employee']);
    const removed = person('removed@test.adal.kz', 'en', ['employee']);
    await em.flush();
    const tx = <T>(work: (tem: typeof em) => Promise<T>) => gateway.orm.em.fork().transactional(work);
    viewId = (
      await tx((tem) =>
        saveKpiView(
          tem,
          head,
          {
            title: TITLE,
            filters: { period: { kind: 'quarter', year: 2026, part: 4 } },
            widgets: [
              {
                id: 'people',
                kind: 'number',
                codes: ['org.headcount'],
                split: null,
                x: 0,
                y: 0,
                w: 4,
                h: 3,
                amberMargin: null,
              },
            ],
          },
          now,
        ),
      )
    ).id;
    const schedule = { frequency: 'monthly', recipientIds: [reader.personId, removed.personId] };
    await tx((tem) =>
      shareKpiView(
        tem,
        head,
        viewId,
        { roles: [], personIds: [reader.personId, removed.personId], schedule },
        now,
      ),
    );
    // The share is taken back from one of them; the schedule still names both.
    await tx((tem) =>
      shareKpiView(tem, head, viewId, { roles: [], personIds: [reader.personId], schedule }, now),
    );
  });

  afterAll(async () => {
    await running?.close();
    await sink?.close();
  });

  it('runs on that runner', () => {
    expect(gateway.jobs?.mode).toBe(runner);
  });

  it.runIf(runner === 'queue')('runs each morning at 07:30 in Kazakhstan', async () => {
    expect(await queueSchedule(gateway, 'kpi.view-mail')).toEqual({
      cron: '30 7 * * *',
      timezone: 'Asia/Almaty',
    });
  });

  it('mails last month’s view as its PDF to the recipient who may read it, skipping the one it was taken from', async () => {
    now = DECEMBER_FIRST;
    await gateway.jobs?.runJobNow('kpi.view-mail');
    const [mail] = await sink.waitFor(1);
    // A second recipient's mail would follow the first at once; give it time to arrive if it were sent.
    await new Promise((done) => setTimeout(done, 1500));
    expect(sink.received).toHaveLength(1);
    expect(mail?.to).toEqual(['reader@test.adal.kz']);
    expect(mail?.subject).toBe(`Представление КПЭ «${TITLE}»: ноябрь 2026 г.`);
    expect(mail?.text).toContain(`${APP_URL}/compliance/kpi-views/${viewId}`);
    expect(mail?.attachments.map((file) => [file.fileName, file.contentType])).toEqual([
      ['kpi-view-2026-11-01_2026-11-30-2026-12-01.pdf', 'application/pdf'],
    ]);
    const pdf = mail!.attachments[0]!.content;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(TITLE);
    expect(text).toContain('01.11.2026 – 30.11.2026');

    const view = await gateway.orm.em.fork().findOneOrFail(KpiView, viewId);
    expect(view.schedule?.lastSent).toBe('2026-11');
    const events = await gateway.orm.em
      .fork()
      .find(
        AuditEvent,
        { organization: organizationId, action: { $in: ['kpi_view.mailed', 'kpi_view.schedule_sent'] } },
        { orderBy: { action: 'asc' } },
      );
    expect(events.map((e) => [e.action, e.data])).toEqual([
      ['kpi_view.mailed', { format: 'pdf', periodKey: '2026-11-01_2026-11-30', signedOff: false }],
      ['kpi_view.schedule_sent', { period: '2026-11', frequency: 'monthly', recipients: 1, skipped: 1 }],
    ]);
  });

  it('mails a month once: a second run sends nothing', async () => {
    now = new Date('2026-12-02T02:30:00Z');
    await gateway.jobs?.runJobNow('kpi.view-mail');
    await new Promise((done) => setTimeout(done, 1500));
    expect(sink.received).toHaveLength(1);
  });

  // Two gateways' runs at once, each on its own connection of a PostgreSQL server: the view's lock
  // lets one claim December, and the other finds it sent.
  it.runIf(runner === 'queue')('two runs at once mail the next month once', async () => {
    const january = new Date('2027-01-01T02:30:00Z');
    const queued: OutgoingMail[] = [];
    const counts = await Promise.all(
      [1, 2].map(() =>
        queueKpiViewMails(gateway.orm, january, APP_URL, async (_em, mail) => {
          queued.push(mail);
        }),
      ),
    );
    expect(counts.sort()).toEqual([0, 1]);
    expect(queued.map((mail) => [mail.to, mail.subject])).toEqual([
      ['reader@test.adal.kz', `Представление КПЭ «${TITLE}»: декабрь 2026 г.`],
    ]);
    // The PDF rides in the queued job's JSON as base64: tens of kilobytes.
    expect(queued[0]?.attachments?.[0]?.contentBase64.length).toBeLessThan(200_000);
  });
});
