import { openDatabase, type MikroORM } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFile, submitReport } from '../testing/hotline-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import { hotlineSnapshot } from '../testing/hotline-snapshot.js';
import { createGatewayYoga } from '../yoga.js';

/**
 * How long writing one audit event takes in this test's database: far past the short budgets
 * below, and far past what a refused request takes on a loaded machine (a request measured here
 * once took 1.7 s with two test suites running beside it), so that "answered before the write
 * could have finished" holds by a wide margin. The generous budgets are well past it.
 */
const SLOW_WRITE_MS = 4000;
const GENEROUS_BUDGET_MS = 30_000;

let database: TestDatabase;
let org: HotlineOrganization;
const opened: MikroORM[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  org = await buildHotlineOrganization(database.orm);
  // Every change writes an audit event in its transaction: here each of them stalls, as a
  // statement held up by a lock or a runaway plan would.
  await database.orm.em.getConnection().execute(`
    create function stall_audit() returns trigger language plpgsql as $$
    begin perform pg_sleep(${SLOW_WRITE_MS / 1000}); return new; end $$;
  `);
  await stallAuditWritesOn('audit_pending');
});

/** Where the stall sits: the event recorded with the change, or its seal after the commit (ADR 015). */
async function stallAuditWritesOn(table: 'audit_pending' | 'audit_event'): Promise<void> {
  await database.orm.em.getConnection().execute(`
    drop trigger if exists stall_audit on audit_pending;
    drop trigger if exists stall_audit on audit_event;
    create trigger stall_audit before insert on ${table} for each row execute function stall_audit();
  `);
}

afterAll(async () => {
  for (const orm of opened) await orm.close(true);
  await database?.drop();
});

async function openWithStatementTimeout(ms: number): Promise<MikroORM> {
  const orm = await openDatabase({
    databaseUrl: database.databaseUrl,
    migrate: false,
    statementTimeoutMs: ms,
    auditTrail: database.auditTrail,
  });
  opened.push(orm);
  return orm;
}

describe('the time budget of a request', () => {
  it('cancels a statement past statement_timeout and answers TIMEOUT with nothing stored', async () => {
    const yoga = await createGatewayYoga({ orm: await openWithStatementTimeout(300) });
    const before = await hotlineSnapshot(database.orm);
    const started = Date.now();
    const { body } = await submitReport(yoga, { organizationId: org.organizationId });
    expect(Date.now() - started).toBeLessThan(SLOW_WRITE_MS);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(body.errors?.[0]?.message).toMatch(/took too long.*nothing this request was changing was saved/);
    expect(await hotlineSnapshot(database.orm)).toEqual(before);
  });

  it('stops an execution past its deadline, and its transaction never commits', async () => {
    const yoga = await createGatewayYoga({ orm: database.orm, executionTimeoutMs: 300 });
    const before = await hotlineSnapshot(database.orm);
    const started = Date.now();
    const { body } = await submitReport(yoga, { organizationId: org.organizationId });
    expect(Date.now() - started).toBeLessThan(SLOW_WRITE_MS);
    expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(body.errors?.[0]?.message).toMatch(
      /longer than 0.3 s and was stopped; nothing it was changing was saved/,
    );
    // The resolver is still at work; once its write is through, its commit must be refused.
    await waitForIdleDatabase();
    expect(await hotlineSnapshot(database.orm)).toEqual(before);
  });

  it('finishes a request whose change committed in time, however long sealing its audit event takes', async () => {
    await stallAuditWritesOn('audit_event');
    try {
      const received = async () => {
        const [row] = await database.orm.em
          .getConnection()
          .execute<{ n: number }[]>(
            `select count(*)::int as n from audit_event where organization_id = ? and action = 'hotline.report_received'`,
            [org.organizationId],
          );
        return row?.n ?? 0;
      };
      const before = await received();
      const yoga = await createGatewayYoga({ orm: database.orm, executionTimeoutMs: 300 });
      const { body } = await submitReport(yoga, { organizationId: org.organizationId });
      expect(body.errors).toBeUndefined();
      expect(body.data?.submitHotlineReport.receipt).toEqual(expect.any(String));
      expect(await received()).toBe(before + 1);
    } finally {
      await stallAuditWritesOn('audit_pending');
    }
  });

  it('gives a request that uploads files the longer budget of an upload', async () => {
    const yoga = await createGatewayYoga({
      orm: database.orm,
      executionTimeoutMs: 300,
      uploadTimeoutMs: GENEROUS_BUDGET_MS,
    });
    const { body } = await submitReport(yoga, {
      organizationId: org.organizationId,
      files: [pdfFile('акт.pdf')],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitHotlineReport.receipt).toEqual(expect.any(String));
  });

  it('leaves a request within its budget alone', async () => {
    const yoga = await createGatewayYoga({
      orm: await openWithStatementTimeout(GENEROUS_BUDGET_MS),
      executionTimeoutMs: GENEROUS_BUDGET_MS,
    });
    const { body } = await submitReport(yoga, { organizationId: org.organizationId });
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitHotlineReport.receipt).toEqual(expect.any(String));
  });
});

/** Waits until no other session of the test database runs a statement. */
async function waitForIdleDatabase(): Promise<void> {
  const deadline = Date.now() + GENEROUS_BUDGET_MS;
  while (Date.now() < deadline) {
    const [row] = await database.orm.em.getConnection().execute<{ busy: string }[]>(
      `select count(*) as busy from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
    );
    if (Number(row?.busy) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the database stayed busy');
}
