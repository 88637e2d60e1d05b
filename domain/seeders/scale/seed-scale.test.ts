import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify-audit-chain.js';
import { openDatabase } from '../../src/database/open-database.js';
import { AAD } from '../../src/hotline/crypto/sealed-fields.js';
import { openJson } from '../../src/hotline/crypto/keyring.js';
import { loadActor } from '../../src/org/login.js';
import { completionReport } from '../../src/training/reports/completion.js';
import { forTenant } from '../../src/database/tenant-filter.js';
import { createScaleDatabase, type ScaleDatabase } from './scale-database.js';

const adminUrl = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const today = new Date('2026-11-20T07:00:00Z');
const build = () =>
  createScaleDatabase({
    adminUrl,
    name: `adal_test_scale_${randomBytes(5).toString('hex')}`,
    people: 400,
    seed: 7,
    today,
  });

/**
 * What the data is, row by row, in one digest: equal digests, equal holdings. The courses are made
 * by the use cases, whose ids are new on every run, so rows are compared by what else they hold.
 */
async function fingerprint(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ digest: string }>(`select md5(
      (select string_agg(id::text || email || org_unit_id::text || coalesce(left_on::text, ''), ',' order by id) from person) ||
      (select string_agg(id::text || person_id::text || score_percent::text, ',' order by id) from attempt where status = 'submitted') ||
      (select string_agg(number::text || status || category, ',' order by number) from hotline_report) ||
      (select string_agg(action || entity_type, ',' order by seq) from audit_event)) as digest`);
    return rows[0]!.digest;
  } finally {
    await client.end();
  }
}

describe('the scale holding', () => {
  let first: ScaleDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    first = await build();
    orm = await openDatabase({
      databaseUrl: first.databaseUrl,
      silentMigrations: true,
      auditTrail: { keyring: first.auditKeyring, checkpointDir: '' },
    });
  }, 120_000);
  afterAll(async () => {
    await orm?.close(true);
    await first?.drop();
  });

  test('is the same for the same seed and day', async () => {
    const second = await build();
    try {
      expect(second.result).toMatchObject({ people: 400, attempts: first.result.attempts, cases: 80 });
      expect(await fingerprint(second.databaseUrl)).toBe(await fingerprint(first.databaseUrl));
    } finally {
      await second.drop();
    }
  }, 120_000);

  test('writes one audit chain that verifies under its key (§75)', async () => {
    const report = await verifyAuditChain(orm.em.fork(), first.result.organizationId);
    expect(report).toMatchObject({ ok: true, checked: first.result.auditEvents });
    expect(first.result.auditEvents).toBeGreaterThan(first.result.attempts);
  });

  test('seals each case under its own row, as the intake does', async () => {
    const rows = await orm.em
      .getConnection()
      .execute<{ id: string; content_sealed: Buffer }[]>(
        'select id, content_sealed from hotline_report order by number limit 3',
      );
    for (const row of rows) {
      const content = openJson<{ what: string }>(
        first.hotlineKeyring,
        row.content_sealed,
        AAD.content(row.id),
      );
      expect(content.what.length).toBeGreaterThan(20);
    }
  });

  test('counts in the completion figures the people on the staff, not those who left', async () => {
    const em = forTenant(orm.em.fork(), first.result.organizationId);
    const [head] = await em
      .getConnection()
      .execute<{ person_id: string }[]>("select person_id from role_grant where role = 'compliance_head'");
    const actor = await loadActor(em, head!.person_id, first.result.organizationId);
    const report = await completionReport(em, actor!, {}, today);
    const [standing] = await em.getConnection().execute<{ active: string; leavers: string }[]>(
      `select count(distinct (e.person_id, e.course_id)) filter (where p.active) as active,
              count(distinct (e.person_id, e.course_id)) filter (where not p.active) as leavers
         from enrolment e join person p on p.id = e.person_id where e.withdrawn_at is null`,
    );
    expect(Number(standing!.leavers)).toBeGreaterThan(0);
    expect(report.total.assigned).toBe(Number(standing!.active));
    expect(report.total.passed).toBeGreaterThan(0);
  });

  test('keeps each person’s latest attempts for the training KPIs, as the attempts say', async () => {
    const [row] = await orm.em.getConnection().execute<{ kept: string; differing: string }[]>(
      `select (select count(*) from training_recency) as kept,
              (select count(*) from training_recency r full join (
                  select a.person_id, max(a.submitted_at) as closed_at,
                         max(a.submitted_at) filter (where a.score_percent >= 60) as passed60_at,
                         max(a.submitted_at) filter (where a.passed) as passed_at
                    from attempt a where a.status <> 'open' group by a.person_id) latest using (person_id)
                where (r.closed_at, r.passed60_at, r.passed_at)
                      is distinct from (latest.closed_at, latest.passed60_at, latest.passed_at)) as differing`,
    );
    expect(Number(row!.kept)).toBeGreaterThan(0);
    expect(Number(row!.differing)).toBe(0);
  });
});
