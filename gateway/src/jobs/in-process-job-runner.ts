import type { OutgoingMail } from '../mail/mailer.js';
import type { JobRunner, JobRunnerOptions } from './job-runner.js';
import { applyHotlineRetention, queueAcknowledgementAlerts, queueQuarterlyReports } from './hotline-jobs.js';
import { queueConflictNotices, queueGiftHandOverNotices } from './declaration-notice-jobs.js';
import { queueCultureActivityReminders, queueMaterialReminders } from './culture-jobs.js';
import { queueImprovementReminders } from './compliance-jobs.js';
import { queueSurveyReminders } from './culture-survey-jobs.js';
import { queueAuditCheckpointMails, runAuditCheckpoints } from './audit-jobs.js';
import { queueTrainingReminders, syncTrainingEnrolments } from './training-jobs.js';
import { runCampaignJobs } from './campaign-jobs.js';
import { queueKpiViewMails } from './kpi-view-jobs.js';

const HOUR_MS = 3_600_000;
const ALERTS_EVERY_MS = 15 * 60_000;
/** 07:00 in Kazakhstan is 02:00 UTC. */
const CHECKPOINT_MAIL_UTC_HOUR = 2;
/** 07:30 in Kazakhstan is 02:30 UTC. */
const VIEW_MAIL_UTC = { hour: 2, minute: 30 };
/** 08:00 in Kazakhstan (UTC+5, no daylight saving) is 03:00 UTC. */
const REMINDERS_UTC_HOUR = 3;
/** 02:00 in Kazakhstan is 21:00 UTC the day before. */
const RETENTION_UTC_HOUR = 21;
const MAIL_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000];

function msUntilNextUtcHour(now: Date, hour: number, minute = 0): number {
  const next = new Date(now);
  next.setUTCHours(hour, minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

/**
 * The jobs on timers inside this process, for the embedded database only. PGlite is one session,
 * served over one socket connection that the ORM holds, so pg-boss cannot open the connections it
 * needs (checked: its start fails with "Connection terminated unexpectedly"). The embedded demo is
 * a single process, so a queue shared between replicas is not needed there; mails are sent after
 * the reminder is recorded and retried in memory, so a mail whose retries outlast the process is
 * lost. Production uses a PostgreSQL server and the queue.
 */
export function startInProcessJobRunner(options: JobRunnerOptions): JobRunner {
  const { orm, mailer, appUrl, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;

  function later(work: () => void, ms: number): void {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timers.add(timer);
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    running.add(promise);
    void promise.finally(() => running.delete(promise)).catch(() => {});
    return promise;
  }

  function sendMail(mail: OutgoingMail, attempt = 0): void {
    track(mailer.send(mail)).catch((error: unknown) => {
      const delay = MAIL_RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        logger.error(`mail to ${mail.to} given up after ${attempt + 1} attempts`, error);
        return;
      }
      logger.warn(`mail to ${mail.to} failed, retrying in ${delay / 1000} s`, error);
      later(() => sendMail(mail, attempt + 1), delay);
    });
  }

  const jobs = {
    'training.sync-enrolments': async () => {
      const result = await syncTrainingEnrolments(orm, clock());
      logger.info(
        `training.sync-enrolments: ${result.enrolled} enrolled, ${result.closedAttempts} attempts closed`,
      );
    },
    'training.reminders': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueTrainingReminders(orm, clock(), appUrl, async (_em, mails) => {
        outgoing.push(...mails);
      });
      // Only once the reminders are recorded (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`training.reminders: ${outgoing.length} reminders sent`);
    },
    'declarations.campaigns': async () => {
      const outgoing: OutgoingMail[] = [];
      const { joined } = await runCampaignJobs(orm, clock(), appUrl, async (_em, mails) => {
        outgoing.push(...mails);
      });
      // Only once the reminders are recorded (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`declarations.campaigns: ${joined} new hires joined, ${outgoing.length} reminders sent`);
    },
    'hotline.retention': async () => {
      const { purged, expired } = await applyHotlineRetention(orm, clock());
      logger.info(`hotline.retention: ${purged} closed cases purged, ${expired} receipts expired`);
    },
    'hotline.acknowledgement-alerts': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueAcknowledgementAlerts(orm, clock(), appUrl, async (_em, mail) => {
        outgoing.push(mail);
      });
      // Only once the alerts are recorded (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`hotline.acknowledgement-alerts: ${outgoing.length} alerts sent`);
    },
    'hotline.quarterly-report': async () => {
      const outgoing: OutgoingMail[] = [];
      const made = await queueQuarterlyReports(orm, clock(), appUrl, async (_em, mail) => {
        outgoing.push(mail);
      });
      // Only once the reports are kept (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`hotline.quarterly-report: ${made} reports made, ${outgoing.length} mails sent`);
    },
    'declarations.conflict-reminders': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueConflictNotices(orm, clock(), appUrl, async (_em, mail) => {
        outgoing.push(mail);
      });
      // Only once the notices are recorded (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`declarations.conflict-reminders: ${outgoing.length} mails sent`);
    },
    'declarations.gift-reminders': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueGiftHandOverNotices(orm, clock(), appUrl, async (_em, mail) => {
        outgoing.push(mail);
      });
      // Only once the notices are recorded (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`declarations.gift-reminders: ${outgoing.length} mails sent`);
    },
    'culture.activity-reminders': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueCultureActivityReminders(orm, clock(), appUrl, async (_em, mail) => {
        outgoing.push(mail);
      });
      for (const mail of outgoing) sendMail(mail);
      logger.info(`culture.activity-reminders: ${outgoing.length} mails sent`);
    },
    'culture.material-reminders': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueMaterialReminders(orm, clock(), appUrl, async (_em, mails) => {
        outgoing.push(...mails);
      });
      // Only once the reminders are recorded (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`culture.material-reminders: ${outgoing.length} mails sent`);
    },
    'culture.survey-reminders': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueSurveyReminders(orm, clock(), appUrl, async (_em, mails) => {
        outgoing.push(...mails);
      });
      // Only once the reminders are recorded (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`culture.survey-reminders: ${outgoing.length} reminders sent`);
    },
    'compliance.improvement-reminders': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueImprovementReminders(orm, clock(), async (_em, mail) => {
        outgoing.push(mail);
      });
      for (const mail of outgoing) sendMail(mail);
      logger.info(`compliance.improvement-reminders: ${outgoing.length} mails sent`);
    },
    'kpi.view-mail': async () => {
      const outgoing: OutgoingMail[] = [];
      await queueKpiViewMails(orm, clock(), appUrl, async (_em, mail) => {
        outgoing.push(mail);
      });
      // Only once the views are marked sent (committed) do the mails leave.
      for (const mail of outgoing) sendMail(mail);
      logger.info(`kpi.view-mail: ${outgoing.length} view mails sent`);
    },
    'audit.checkpoints': () => runAuditCheckpoints(orm, clock(), logger),
    'audit.checkpoint-mail': async () => {
      if (!options.auditCheckpointMail) return;
      const outgoing: OutgoingMail[] = [];
      await queueAuditCheckpointMails(orm, clock(), async (_em, mail) => {
        outgoing.push(mail);
      });
      for (const mail of outgoing) sendMail(mail);
      logger.info(`audit.checkpoint-mail: ${outgoing.length} checkpoint mails sent`);
    },
  };

  function runLogged(name: keyof typeof jobs): void {
    track(jobs[name]()).catch((error: unknown) => logger.error(`${name} failed`, error));
  }

  function everyHour(): void {
    runLogged('training.sync-enrolments');
    runLogged('audit.checkpoints');
    later(everyHour, HOUR_MS);
  }
  function everyMorning(): void {
    runLogged('training.reminders');
    runLogged('declarations.campaigns');
    runLogged('hotline.quarterly-report');
    runLogged('declarations.conflict-reminders');
    runLogged('declarations.gift-reminders');
    runLogged('culture.activity-reminders');
    runLogged('culture.material-reminders');
    runLogged('culture.survey-reminders');
    runLogged('compliance.improvement-reminders');
    later(everyMorning, msUntilNextUtcHour(new Date(), REMINDERS_UTC_HOUR));
  }
  function everyNight(): void {
    runLogged('hotline.retention');
    later(everyNight, msUntilNextUtcHour(new Date(), RETENTION_UTC_HOUR));
  }
  function everyCheckpointMail(): void {
    runLogged('audit.checkpoint-mail');
    later(everyCheckpointMail, msUntilNextUtcHour(new Date(), CHECKPOINT_MAIL_UTC_HOUR));
  }

  function everyViewMailing(): void {
    runLogged('kpi.view-mail');
    later(everyViewMailing, msUntilNextUtcHour(new Date(), VIEW_MAIL_UTC.hour, VIEW_MAIL_UTC.minute));
  }

  function everyQuarterHour(): void {
    runLogged('hotline.acknowledgement-alerts');
    later(everyQuarterHour, ALERTS_EVERY_MS);
  }

  later(everyHour, HOUR_MS);
  later(everyQuarterHour, ALERTS_EVERY_MS);
  later(everyMorning, msUntilNextUtcHour(new Date(), REMINDERS_UTC_HOUR));
  later(everyNight, msUntilNextUtcHour(new Date(), RETENTION_UTC_HOUR));
  later(everyCheckpointMail, msUntilNextUtcHour(new Date(), CHECKPOINT_MAIL_UTC_HOUR));
  later(everyViewMailing, msUntilNextUtcHour(new Date(), VIEW_MAIL_UTC.hour, VIEW_MAIL_UTC.minute));
  // A checkpoint at every start: the chains are anchored from the first moment, not an hour later.
  runLogged('audit.checkpoints');

  return {
    mode: 'in-process',
    runJobNow: (name) => track(jobs[name]()),
    async postMail(mail) {
      sendMail(mail);
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
