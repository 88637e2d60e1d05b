import type { MikroORM } from '@adal/domain';
import { startQueueJobRunner } from '@adal/gateway/jobs';
import { createSmtpMailer } from '@adal/gateway/mail';
import { startSmtpSink } from '@adal/gateway/testing/smtp-sink';
import type { BenchRow } from '../report/bench-row.js';
import { GROUP } from './people-import-bench.js';

const QUIET = { debug() {}, info() {}, warn() {}, error: console.error };

/**
 * The daily reminder job over `expected` enrolments due in five days, through the job queue and
 * an SMTP server on this machine: from the job's start until the server has every mail. A second
 * run at once must send nothing more: one reminder per enrolment and step.
 */
export async function benchReminders(
  orm: MikroORM,
  databaseUrl: string,
  expected: number,
  now: Date,
): Promise<BenchRow[]> {
  const sink = await startSmtpSink();
  const mailer = createSmtpMailer(sink.url, 'adal@bench.adal.kz');
  const runner = await startQueueJobRunner({
    orm,
    mailer,
    appUrl: 'https://adal.bench.kz',
    logger: QUIET,
    databaseUrl,
    clock: () => now,
    pollingIntervalSeconds: 0.5,
  });
  try {
    const started = performance.now();
    await runner.runJobNow('training.reminders');
    const queuedSeconds = (performance.now() - started) / 1000;
    // Generous: a slow queue is a figure to read, not a failure.
    const arrived = await sink.waitFor(expected, Math.max(60_000, expected * 20)).then(
      () => true,
      () => false,
    );
    const seconds = (performance.now() - started) / 1000;
    const received = sink.received.length;
    if (arrived) {
      await runner.runJobNow('training.reminders');
      await new Promise((done) => setTimeout(done, 2_000));
      if (sink.received.length !== expected) {
        throw new Error(`${sink.received.length} reminders arrived, ${expected} expected`);
      }
    }
    const sent = received / seconds;
    return [
      {
        group: GROUP,
        operation: `training reminders to ${expected} people through SMTP`,
        figure:
          `${Math.round(sent).toLocaleString('en-US')} sent/s ` +
          (arrived
            ? `(${seconds.toFixed(1)} s, queued in ${queuedSeconds.toFixed(1)} s)`
            : `(only ${received} arrived in ${seconds.toFixed(0)} s)`),
        goal: '≥ 200 sent/s, one mail per enrolment and step',
        met: arrived && sent >= 200,
      },
    ];
  } finally {
    await runner.stop();
    mailer.close();
    await sink.close();
  }
}
