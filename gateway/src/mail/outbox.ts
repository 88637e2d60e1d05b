import { attachmentNote, type OutgoingMail } from './mailer.js';

/**
 * Where a request hands the e-mails it sends (a reminder sent at once), after its transaction has
 * committed: the job queue's `mail.send`, retried there, or the log without background jobs.
 */
export interface MailOutbox {
  /** The public address of Adal that e-mails link to. */
  readonly appUrl: string;
  post(mails: readonly OutgoingMail[]): Promise<void>;
}

/** Writes each mail to the log: for a gateway without background jobs (tests, tools). */
export function logOutbox(log: (line: string) => void, appUrl = 'http://localhost'): MailOutbox {
  return {
    appUrl,
    async post(mails) {
      for (const mail of mails)
        log(`mail to ${mail.to}: ${mail.subject}\n${mail.text}${attachmentNote(mail)}`);
    },
  };
}
