import { readFile } from 'node:fs/promises';
import { auditCheckpointFile, Organization, recordAudit, verifyAuditChain } from '@adal/domain';
import {
  buildOrganization,
  buildPerson,
  createTestDatabase,
  cutOffAuditChain,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import type { YogaLogger } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../mail/mailer.js';
import { startSmtpSink, type SmtpSink } from '../mail/smtp-sink.js';
import { startGateway, type RunningGateway } from '../start-gateway.js';
import { queueSchedule } from '../testing/job-gateway.js';

const CHECKPOINT_AT = new Date('2026-12-03T04:05:00Z');
let now = CHECKPOINT_AT;
let database: TestDatabase;
let sink: SmtpSink;
let gateway: RunningGateway;
let organizationId: string;
const errors: string[] = [];

const logger: YogaLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: (message: unknown) => {
    errors.push(String(message));
  },
};

async function appendEvents(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await gateway.orm.em.fork().transactional((tx) =>
      recordAudit(tx, null, {
        organizationId,
        action: 'person.updated',
        entityType: 'Person',
        entityId: `${i}`,
      }),
    );
  }
}

async function checkpointLines(): Promise<string[]> {
  const file = auditCheckpointFile(database.auditTrail.checkpointDir, organizationId);
  return (await readFile(file, 'utf8')).split('\n').filter((line) => line.length > 0);
}

async function head(): Promise<{ last_seq: number; last_hash: string }> {
  const [row] = await gateway.orm.em
    .fork()
    .execute<{ last_seq: number; last_hash: string }[]>(
      'select last_seq, last_hash from audit_chain_head where organization_id = ?',
      [organizationId],
    );
  return row as { last_seq: number; last_hash: string };
}

beforeAll(async () => {
  database = await createTestDatabase();
  sink = await startSmtpSink();
  gateway = await startGateway({
    port: 0,
    databaseUrl: database.databaseUrl,
    auditTrail: database.auditTrail,
    auditCheckpointMail: true,
    mailer: createSmtpMailer(sink.url, 'Adal <adal@test.adal.kz>'),
    logger,
    jobTuning: { clock: () => now, pollingIntervalSeconds: 0.5, mailRetryDelaySeconds: 1 },
  });
  // Entered in English with a Kazakh translation: the Kazakh-speaking auditor reads the translation.
  const org = await buildOrganization(gateway.orm.em.fork(), { name: 'Kazakh Tender' });
  organizationId = org.organization.id;
  await gateway.orm.em.fork().transactional(async (em) => {
    (await em.findOneOrFail(Organization, organizationId)).names = { kk: 'Қазақ Тендер' };
    const auditor = buildPerson(em, org.organization, org.root, {
      email: 'auditor@test.adal.kz',
      fullName: 'Сәуле Омарова',
    });
    grantRoles(em, auditor, ['employee', 'auditor']);
  });
  await appendEvents(3);
});

afterAll(async () => {
  await gateway?.close();
  await sink?.close();
  await database?.drop();
});

describe('the audit checkpoint jobs (§75)', () => {
  it('checkpoint every hour and mail the day’s latest checkpoint every morning', async () => {
    expect(await queueSchedule(gateway, 'audit.checkpoints')).toEqual({
      cron: '5 * * * *',
      timezone: 'Asia/Almaty',
    });
    expect(await queueSchedule(gateway, 'audit.checkpoint-mail')).toEqual({
      cron: '0 7 * * *',
      timezone: 'Asia/Almaty',
    });
  });

  it('write the verified chain head to the checkpoint file, where verification reads it', async () => {
    await gateway.jobs?.runJobNow('audit.checkpoints');
    const lines = await checkpointLines();
    const { last_seq, last_hash } = await head();
    expect(JSON.parse(lines.at(-1) as string)).toMatchObject({
      organizationId,
      seq: last_seq,
      hash: last_hash,
      at: CHECKPOINT_AT.toISOString(),
      keyId: 'test',
    });
    expect(await verifyAuditChain(gateway.orm.em.fork(), organizationId)).toEqual({
      ok: true,
      checked: 3,
      checkpoint: { seq: 3, at: CHECKPOINT_AT },
    });
    // Nothing moved: nothing to add.
    await gateway.jobs?.runJobNow('audit.checkpoints');
    expect(await checkpointLines()).toEqual(lines);
  });

  it('e-mail the signed checkpoint line to the organisation’s auditors, as it stands in the file', async () => {
    now = new Date(CHECKPOINT_AT.getTime() + 3 * 3_600_000);
    await gateway.jobs?.runJobNow('audit.checkpoint-mail');
    const [mail] = await sink.waitFor(1);
    expect(mail?.to).toEqual(['auditor@test.adal.kz']);
    expect(mail?.subject).toBe('«Қазақ Тендер» аудит журналының бақылау нүктесі: 3-оқиға');
    expect(mail?.text).toContain('Құрметті Сәуле Омарова!');
    expect(mail?.text).toContain('03.12.2026 09:05');
    expect(mail?.text).toContain((await checkpointLines()).at(-1));
  });

  it('do not vouch for a chain that no longer verifies, and say so in the log', async () => {
    await appendEvents(2);
    await cutOffAuditChain(gateway.orm.em.fork(), organizationId, 3);
    const before = await checkpointLines();
    await gateway.jobs?.runJobNow('audit.checkpoints');
    expect(await checkpointLines()).toEqual(before);
    expect(errors).toContainEqual(
      `audit.checkpoints: the audit trail of organisation ${organizationId} does not verify (truncated at seq 3); no checkpoint written`,
    );
  });
});
