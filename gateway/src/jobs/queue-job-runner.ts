import { PgBoss, type Job } from 'pg-boss';
import type { OutgoingMail } from '../mail/mailer.js';
import { JOB_NAMES, SCHEDULES, SCHEDULE_TIME_ZONE, type JobName } from './job-names.js';
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
import { transactionDatabase } from './transaction-database.js';

export interface QueueJobRunnerOptions extends JobRunnerOptions {
  databaseUrl: string;
  /** How often an idle worker looks for jobs. Defaults to 2 s. */
  pollingIntervalSeconds?: number;
  /** First delay before a failed mail is retried (doubling up to an hour). Defaults to 60 s. */
  mailRetryDelaySeconds?: number;
}

/** A failing SMTP server must not lose mail: retried with backoff for about a day. */
const MAIL_RETRY_LIMIT = 30;
const FINISHED = new Set(['completed', 'failed', 'cancelled']);
/** Mails put on the queue by one statement. */
const MAILS_PER_INSERT = 1000;
/**
 * Mails one worker takes at once and sends side by side over the mailer's pooled connections,
 * each completed or failed on its own; while batches come back full it fetches the next at once.
 */
const MAILS_PER_FETCH = 20;

/**
 * The jobs through pg-boss, in its own schema (`pgboss`) of the application's database: schedules
 * and jobs live in PostgreSQL, so whichever replica polls first takes a job, and a schedule fires
 * once however many replicas run.
 */
export async function startQueueJobRunner(options: QueueJobRunnerOptions): Promise<JobRunner> {
  const { orm, mailer, appUrl, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (error) => logger.error('job queue error', error));
  await boss.start();
  try {
    for (const name of JOB_NAMES) {
      await boss.createQueue(
        name,
        name === 'mail.send'
          ? {
              retryLimit: MAIL_RETRY_LIMIT,
              retryDelay: options.mailRetryDelaySeconds ?? 60,
              retryBackoff: true,
              retryDelayMax: 3600,
            }
          : { retryLimit: 2, retryDelay: 300 },
      );
    }
    for (const [name, cron] of Object.entries(SCHEDULES)) {
      await boss.schedule(name, cron, null, { tz: SCHEDULE_TIME_ZONE });
    }

    const handlers: Record<JobName, (job: Job<object>) => Promise<void>> = {
      'training.sync-enrolments': async () => {
        const result = await syncTrainingEnrolments(orm, clock());
        logger.info(
          `training.sync-enrolments: ${result.enrolled} enrolled, ${result.closedAttempts} attempts closed`,
        );
      },
      'training.reminders': async () => {
        const queued = await queueTrainingReminders(orm, clock(), appUrl, async (em, mails) => {
          const db = transactionDatabase(em);
          for (let start = 0; start < mails.length; start += MAILS_PER_INSERT) {
            const jobs = mails.slice(start, start + MAILS_PER_INSERT).map((mail) => ({ data: mail }));
            await boss.insert('mail.send', jobs, { db });
          }
        });
        logger.info(`training.reminders: ${queued} reminders queued`);
      },
      'declarations.campaigns': async () => {
        const { joined, reminded } = await runCampaignJobs(orm, clock(), appUrl, async (em, mails) => {
          const db = transactionDatabase(em);
          for (let start = 0; start < mails.length; start += MAILS_PER_INSERT) {
            const jobs = mails.slice(start, start + MAILS_PER_INSERT).map((mail) => ({ data: mail }));
            await boss.insert('mail.send', jobs, { db });
          }
        });
        logger.info(`declarations.campaigns: ${joined} new hires joined, ${reminded} reminders queued`);
      },
      'hotline.retention': async () => {
        const { purged, expired } = await applyHotlineRetention(orm, clock());
        logger.info(`hotline.retention: ${purged} closed cases purged, ${expired} receipts expired`);
      },
      'hotline.acknowledgement-alerts': async () => {
        const queued = await queueAcknowledgementAlerts(orm, clock(), appUrl, async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`hotline.acknowledgement-alerts: ${queued} alerts queued`);
      },
      'hotline.quarterly-report': async () => {
        const made = await queueQuarterlyReports(orm, clock(), appUrl, async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`hotline.quarterly-report: ${made} reports made`);
      },
      'declarations.conflict-reminders': async () => {
        const queued = await queueConflictNotices(orm, clock(), appUrl, async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`declarations.conflict-reminders: ${queued} mails queued`);
      },
      'declarations.gift-reminders': async () => {
        const queued = await queueGiftHandOverNotices(orm, clock(), appUrl, async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`declarations.gift-reminders: ${queued} mails queued`);
      },
      'culture.activity-reminders': async () => {
        const queued = await queueCultureActivityReminders(orm, clock(), appUrl, async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`culture.activity-reminders: ${queued} mails queued`);
      },
      'culture.material-reminders': async () => {
        const queued = await queueMaterialReminders(orm, clock(), appUrl, async (em, mails) => {
          const db = transactionDatabase(em);
          for (let start = 0; start < mails.length; start += MAILS_PER_INSERT) {
            const jobs = mails.slice(start, start + MAILS_PER_INSERT).map((mail) => ({ data: mail }));
            await boss.insert('mail.send', jobs, { db });
          }
        });
        logger.info(`culture.material-reminders: ${queued} reminders queued`);
      },
      'culture.survey-reminders': async () => {
        const reminded = await queueSurveyReminders(orm, clock(), appUrl, async (em, mails) => {
          const db = transactionDatabase(em);
          for (let start = 0; start < mails.length; start += MAILS_PER_INSERT) {
            const jobs = mails.slice(start, start + MAILS_PER_INSERT).map((mail) => ({ data: mail }));
            await boss.insert('mail.send', jobs, { db });
          }
        });
        logger.info(`culture.survey-reminders: ${reminded} reminders queued`);
      },
      'compliance.improvement-reminders': async () => {
        const queued = await queueImprovementReminders(orm, clock(), async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`compliance.improvement-reminders: ${queued} mails queued`);
      },
      'audit.checkpoints': () => runAuditCheckpoints(orm, clock(), logger),
      'audit.checkpoint-mail': async () => {
        if (!options.auditCheckpointMail) return;
        const queued = await queueAuditCheckpointMails(orm, clock(), async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`audit.checkpoint-mail: ${queued} checkpoint mails queued`);
      },
      'kpi.view-mail': async () => {
        // Each mail carries its PDF in its job's data: tens of kilobytes, one row of pg-boss's job table.
        const queued = await queueKpiViewMails(orm, clock(), appUrl, async (em, mail) => {
          await boss.send('mail.send', mail, { db: transactionDatabase(em) });
        });
        logger.info(`kpi.view-mail: ${queued} view mails queued`);
      },
      'mail.send': async (job) => {
        await mailer.send(job.data as OutgoingMail);
      },
    };
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
    for (const name of JOB_NAMES) {
      if (name === 'mail.send') continue;
      await boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
        if (job) await handlers[name](job);
      });
    }
    await boss.work<object>(
      'mail.send',
      { batchSize: MAILS_PER_FETCH, burstWhenBatchFull: true, perJobResults: true, pollingIntervalSeconds },
      (jobs) =>
        Promise.all(
          jobs.map((job) =>
            handlers['mail.send'](job).then(
              () => ({ id: job.id, status: 'completed' as const }),
              (error: unknown) => ({
                id: job.id,
                status: 'failed' as const,
                output: { message: String(error) },
              }),
            ),
          ),
        ),
    );
    // A checkpoint at every start: the chains are anchored from the first moment, not an hour later.
    await boss.send('audit.checkpoints', {});
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }

  return {
    mode: 'queue',
    async runJobNow(name) {
      const id = await boss.send(name, {});
      if (!id) throw new Error(`${name} was not queued`);
      for (;;) {
        const [job] = await boss.findJobs(name, { id });
        if (job && FINISHED.has(job.state)) {
          if (job.state !== 'completed')
            throw new Error(`${name} ended ${job.state}: ${JSON.stringify(job.output)}`);
          return;
        }
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    async postMail(mail) {
      await boss.send('mail.send', mail);
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
