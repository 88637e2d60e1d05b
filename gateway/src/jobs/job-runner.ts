import type { MikroORM } from '@adal/domain';
import type { YogaLogger } from 'graphql-yoga';
import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import type { JobName } from './job-names.js';

/** The background jobs of one gateway process. */
export interface JobRunner {
  /** `queue`: pg-boss in PostgreSQL, shared by all replicas; `in-process`: timers in this process. */
  readonly mode: 'queue' | 'in-process';
  /** Runs a scheduled job now and resolves when it has finished (rejects when it failed). */
  runJobNow(name: Exclude<JobName, 'mail.send'>): Promise<void>;
  /** Sends a mail through the jobs' mail queue, retried as theirs are (a request's mail, once committed). */
  postMail(mail: OutgoingMail): Promise<void>;
  /** Stops taking jobs, waits for the running ones, releases connections. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  orm: MikroORM;
  mailer: Mailer;
  /** The public address of Adal; reminder e-mails link to its /training/ page. */
  appUrl: string;
  logger: YogaLogger;
  /** The moment the jobs take as now; tests move it. */
  clock?: () => Date;
  /** ADAL_AUDIT_CHECKPOINT_MAIL=1: `audit.checkpoint-mail` e-mails each organisation's auditors. */
  auditCheckpointMail?: boolean;
}
