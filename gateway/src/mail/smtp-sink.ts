import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A local SMTP server for tests: it accepts mail on a random loopback port and keeps it, so a
// test can assert what actually arrived over SMTP.

export interface ReceivedAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  /** The plain-text body (of a multipart mail, its text part). */
  text: string;
  attachments: ReceivedAttachment[];
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** Resolves once `count` mails have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function decodeBytes(encoding: string, data: string): string {
  if (encoding.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
  const bytes = data
    .replace(/_/g, ' ')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`)
    .replace(/%(?![0-9A-F]{2})/gi, '%25');
  return decodeURIComponent(bytes);
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_m, enc: string, data: string) => decodeBytes(enc, data));
}

function decodeBody(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const joined = body.replace(/=\r?\n/g, '');
    return Buffer.from(
      joined.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  }
  return body;
}

function split(raw: string): { headers: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  return { headers: raw.slice(0, at).replace(/\r\n[ \t]+/g, ' '), body: raw.slice(at + 4) };
}

/** The parts of a multipart body, each as it is written between its boundaries. */
function parts(headers: string, body: string): string[] | null {
  const boundary = /content-type:\s*multipart\/[\w-]+;[^\r\n]*boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!boundary) return null;
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((part) => !part.startsWith('--'))
    .map((part) => part.replace(/^\r\n/, '').replace(/\r\n$/, ''));
}

function parse(raw: string, from: string, to: string[]): ReceivedMail {
  const { headers, body } = split(raw);
  const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  const mail: ReceivedMail = { from, to, subject: decodeHeader(subject), text: '', attachments: [] };
  const multipart = parts(headers, body);
  if (!multipart) return { ...mail, text: decodeBody(headers, body) };
  // nodemailer writes a mail with files as multipart/mixed: the text part, then one part per file.
  for (const part of multipart) {
    const { headers: partHeaders, body: partBody } = split(part);
    const fileName = /filename="?([^";\r\n]+)"?/i.exec(partHeaders)?.[1];
    if (fileName) {
      mail.attachments.push({
        fileName: decodeHeader(fileName),
        contentType: /content-type:\s*([^;\r\n]+)/i.exec(partHeaders)?.[1]?.trim() ?? '',
        content: Buffer.from(partBody.replace(/\s+/g, ''), 'base64'),
      });
    } else if (/content-type:\s*text\/plain/i.test(partHeaders)) {
      mail.text = decodeBody(partHeaders, partBody);
    }
  }
  return mail;
}

/** Starts the sink; the first `refuse` messages are refused with a temporary error (451). */
export async function startSmtpSink(options: { refuse?: number } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let toRefuse = options.refuse ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toRefuse > 0) {
          toRefuse -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        received.push(parse(Buffer.concat(chunks).toString('utf8'), from, to));
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mails, ${received.length} arrived`);
        await new Promise((done) => setTimeout(done, 50));
      }
      return received;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
