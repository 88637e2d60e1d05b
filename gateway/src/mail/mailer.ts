import { createTransport } from 'nodemailer';

/**
 * A file sent with a mail, its bytes in base64 so the mail stays plain JSON on the job queue (a
 * KPI view's PDF is tens of kilobytes, well within a queued job's row).
 */
export interface MailAttachment {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** How the log names a mail's attachments: file name and size. */
export function attachmentNote(mail: OutgoingMail): string {
  const files = mail.attachments ?? [];
  if (files.length === 0) return '';
  const described = files.map(
    (file) => `${file.fileName} (${Buffer.byteLength(file.contentBase64, 'base64')} bytes)`,
  );
  return `\nattached: ${described.join(', ')}`;
}

/** Where e-mail goes: an SMTP server, or the log when none is configured (the demo). */
export interface Mailer {
  /** One line for the start banner. */
  readonly description: string;
  /** Rejects when the mail was not accepted, so that the job retries it. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Connections kept open to the SMTP server, each sending one mail after another. */
const POOLED_CONNECTIONS = 5;

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const target = new URL(smtpUrl);
  // A connection per mail costs a handshake each; the daily reminders are thousands of mails.
  const pooled = new URL(smtpUrl);
  if (!pooled.searchParams.has('pool')) pooled.searchParams.set('pool', 'true');
  if (!pooled.searchParams.has('maxConnections'))
    pooled.searchParams.set('maxConnections', String(POOLED_CONNECTIONS));
  const transport = createTransport(pooled.toString());
  return {
    description: `SMTP ${target.protocol}//${target.host} from ${from}`,
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.attachments?.length
          ? {
              attachments: mail.attachments.map((file) => ({
                filename: file.fileName,
                contentType: file.contentType,
                content: file.contentBase64,
                encoding: 'base64',
              })),
            }
          : {}),
      });
    },
    close() {
      transport.close();
    },
  };
}

/** Writes each mail to the log instead of sending it. */
export function createLogMailer(log: (line: string) => void): Mailer {
  return {
    description: 'the log (no ADAL_SMTP_URL configured)',
    async send(mail) {
      log(`mail to ${mail.to}: ${mail.subject}\n${mail.text}${attachmentNote(mail)}`);
    },
    close() {},
  };
}
