import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../index.js';
import { countStatements } from '../database/statement-count.js';
import type { Actor } from '../kernel/actor.js';
import { ForbiddenError } from '../kernel/errors.js';
import { ROLE_CODES } from '../kernel/roles.js';
import type { IOrgUnit } from '../org/org-unit.entity.js';
import { Organization } from '../org/organization.entity.js';
import {
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../testing/index.js';
import { computeKpiValues } from './compute-kpi-values.js';
import { listenForKpiChanges, type KpiChangeFeed } from './kpi-change-feed.js';
import { kpiCatalog } from './kpi-registry.js';
import { KpiValuesCache, type ComputeKpiValues } from './kpi-values-cache.js';
import { completionReport } from '../training/reports/completion.js';

let db: TestDatabase;
let feed: KpiChangeFeed;
let cache: KpiValuesCache;
/** A connection of its own: another gateway, an import job, a person's session. */
let writer: pg.Client;
let head: Actor;
let finance: IOrgUnit;

const HEADCOUNT = ['org.headcount'];

const headcount = (values: { code: string; value: number | null }[]) =>
  values.find((value) => value.code === 'org.headcount')?.value;

/** One person of Finance leaves, committed on the other connection. */
async function leaveElsewhere(): Promise<void> {
  const { rowCount } = await writer.query(
    'update person set active = false where id = (select id from person where org_unit_id = $1 and active limit 1)',
    [finance.id],
  );
  expect(rowCount).toBe(1);
}

const read = (codes: readonly string[], actor: Actor = head, filter = {}, compute?: ComputeKpiValues) =>
  countStatements(() => cache.values(db.orm.em.fork(), actor, codes, filter, new Date(), compute));

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const built = await buildOrganization(em);
  head = { ...built.admin, roles: ['compliance_head'] };
  finance = buildOrgUnit(em, built.organization, built.root, 'Finance');
  for (let i = 0; i < 8; i += 1) buildPerson(em, built.organization, finance);
  await em.flush();
  writer = new pg.Client({ connectionString: db.databaseUrl });
  await writer.connect();
  feed = await listenForKpiChanges({ databaseUrl: db.databaseUrl });
  cache = new KpiValuesCache(feed);
});

afterAll(async () => {
  await cache?.close();
  await writer?.end();
  await db?.drop();
});

describe('KPI values cache (issue 16 §6)', () => {
  it('answers the same view a second time from memory, without a statement', async () => {
    const first = await read(HEADCOUNT);
    expect(first.tally.count).toBeGreaterThan(0);
    const second = await read(HEADCOUNT);
    expect(second.tally.count).toBe(0);
    expect(second.result).toEqual(first.result);
  });

  it('computes again once a write to a table a KPI reads is committed on another connection', async () => {
    const before = headcount((await read(HEADCOUNT)).result);
    await leaveElsewhere();
    // No waiting: the next request hears of every commit made before it.
    const after = await read(HEADCOUNT);
    expect(after.tally.count).toBeGreaterThan(0);
    expect(headcount(after.result)).toBe((before ?? 0) - 1);
  });

  it('keeps a view computed from the records as they were before a commit from being served after it', async () => {
    const stale = (await read(HEADCOUNT)).result;
    await leaveElsewhere();
    await feed.settledGeneration();
    // The race: the snapshot is read, then another connection commits, and only then would the
    // result be stored. The hook commits in between and waits until the notice is heard.
    let raced = false;
    const racing: ComputeKpiValues = async (...args) => {
      const values = await computeKpiValues(...args);
      await leaveElsewhere();
      await feed.settledGeneration();
      raced = true;
      return values;
    };
    const during = await read(HEADCOUNT, head, {}, racing);
    expect(raced).toBe(true);
    expect(headcount(during.result)).toBe(headcount(stale)! - 1);
    const next = await read(HEADCOUNT);
    expect(next.tally.count).toBeGreaterThan(0);
    expect(headcount(next.result)).toBe(headcount(stale)! - 2);
  });

  it('does not serve a result stored just before the notice of a commit it missed', async () => {
    const stale = headcount((await read(HEADCOUNT)).result);
    // Here the result is stored before the notice arrives; it must not outlive the notice.
    const racing: ComputeKpiValues = async (...args) => {
      const values = await computeKpiValues(...args);
      await leaveElsewhere();
      return values;
    };
    await feed.settledGeneration();
    await leaveElsewhere(); // invalidates `stale` so the racing call computes
    await read(HEADCOUNT, head, {}, racing);
    const next = await read(HEADCOUNT);
    expect(next.tally.count).toBeGreaterThan(0);
    expect(headcount(next.result)).toBe(stale! - 2);
  });

  it('computes a view once for the readers who ask for it at the same time', async () => {
    await leaveElsewhere();
    let computed = 0;
    const counting: ComputeKpiValues = async (...args) => {
      computed += 1;
      return computeKpiValues(...args);
    };
    const views = await Promise.all(
      Array.from({ length: 5 }, () =>
        cache.values(db.orm.em.fork(), head, HEADCOUNT, {}, new Date(), counting),
      ),
    );
    expect(computed).toBe(1);
    expect(new Set(views.map((values) => headcount(values))).size).toBe(1);
  });

  it('serves a view of instant KPIs for a minute, then while it is computed again, then computes it first', async () => {
    let computed = 0;
    const counting: ComputeKpiValues = async (...args) => {
      computed += 1;
      return computeKpiValues(...args);
    };
    const start = Date.now();
    const at = (seconds: number) =>
      cache.values(db.orm.em.fork(), head, HEADCOUNT, {}, new Date(start + seconds * 1000), counting);
    await leaveElsewhere();
    await at(0);
    expect(computed).toBe(1);
    const kept = await at(59);
    expect(computed).toBe(1);
    // Past its minute: answered at once from memory, computed again behind the answer.
    expect(await at(90)).toBe(kept);
    expect(computed).toBe(2);
    await cache.idle();
    await at(140);
    expect(computed).toBe(2);
    // Two minutes past its computation nobody was served it meanwhile: it is computed first.
    await at(90 + 120);
    expect(computed).toBe(3);
  });

  it('still refuses a reader who may not read a KPI whose value is kept', async () => {
    await read(HEADCOUNT);
    expect((await read(HEADCOUNT)).tally.count).toBe(0);
    const employee: Actor = { ...head, roles: ['employee'] };
    await expect(read(HEADCOUNT, employee)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps each filter apart', async () => {
    const whole = await read(HEADCOUNT);
    const unit = await read(HEADCOUNT, head, { orgUnitId: finance.id });
    expect(unit.tally.count).toBeGreaterThan(0);
    expect(headcount(unit.result)).toBeLessThan(headcount(whole.result)!);
    expect((await read(HEADCOUNT, head, { orgUnitId: finance.id })).tally.count).toBe(0);
  });

  it('keeps each organisation apart', async () => {
    const em = db.orm.em.fork();
    const other = await buildOrganization(em);
    await em.flush();
    const ours = await read(HEADCOUNT);
    const theirs = await read(HEADCOUNT, { ...other.admin, roles: ['compliance_head'] });
    expect(theirs.tally.count).toBeGreaterThan(0);
    expect(headcount(theirs.result)).not.toBe(headcount(ours.result));
  });

  it('keeps a subsidiary asked by the parent apart from the parent itself', async () => {
    const em = db.orm.em.fork();
    const subsidiary = await buildOrganization(em, {
      parent: em.getReference(Organization, head.organizationId),
    });
    await em.flush();
    const ours = await read(HEADCOUNT);
    const theirs = await read(HEADCOUNT, head, { organizationId: subsidiary.organization.id });
    expect(theirs.tally.count).toBeGreaterThan(0);
    expect(headcount(theirs.result)).toBe(1);
    expect(headcount(ours.result)).not.toBe(1);
  });

  it('computes every time while it does not listen (the embedded database has no second connection)', async () => {
    const deaf = await listenForKpiChanges({ databaseUrl: db.databaseUrl });
    await deaf.close();
    const uncached = new KpiValuesCache(deaf);
    for (let i = 0; i < 2; i += 1) {
      const { tally } = await countStatements(() => uncached.values(db.orm.em.fork(), head, HEADCOUNT, {}));
      expect(tally.count).toBeGreaterThan(0);
    }
  });

  it('hears of changes to every table a registered KPI or the completion report reads, and of no other', async () => {
    // The statements sent for every KPI at once and for the completion report, planned: the
    // tables they scan. Both keep their figures on this feed.
    const everyone: Actor = { ...head, roles: [...ROLE_CODES] };
    const sent: { sql: string; params: unknown[] }[] = [];
    const spy = db.orm.em.fork();
    const execute = spy.execute.bind(spy);
    spy.execute = (async (sql: string, params: unknown[] = [], ...rest: unknown[]) => {
      if (/union all|distinct on/i.test(sql)) sent.push({ sql, params });
      return (execute as (...a: unknown[]) => Promise<unknown>)(sql, params, ...rest);
    }) as EntityManager['execute'];
    const codes = kpiCatalog().map((kpi) => kpi.code);
    await computeKpiValues(spy, everyone, codes, { orgUnitId: finance.id });
    await completionReport(spy, everyone, { orgUnitId: finance.id });
    expect(sent).toHaveLength(2);
    const read = new Set<string>(['org_unit']); // the filter's unit, looked up before the statement
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const relation = (node as Record<string, unknown>)['Relation Name'];
        if (typeof relation === 'string') read.add(relation);
        Object.values(node).forEach(walk);
      }
    };
    for (const { sql, params } of sent) {
      const [plan] = await db.orm.em
        .fork()
        .execute<{ 'QUERY PLAN': unknown }[]>(`explain (format json) ${sql}`, params);
      walk(plan?.['QUERY PLAN']);
    }
    const triggers = await db.orm.em
      .fork()
      .execute<{ table: string }[]>(
        `select c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname = 'adal_kpi_changed'`,
      );
    expect(triggers.map((t) => t.table).sort()).toEqual([...read].sort());
  });

  it('computes while its connection is lost, and keeps values again once it listens anew', async () => {
    const own = await listenForKpiChanges({
      databaseUrl: db.databaseUrl,
      reconnectDelayMs: 300,
      onError: () => undefined,
    });
    const resilient = new KpiValuesCache(own);
    const view = () => countStatements(() => resilient.values(db.orm.em.fork(), head, HEADCOUNT, {}));
    try {
      await view();
      expect((await view()).tally.count).toBe(0);
      const before = own.currentGeneration()!;
      // Notices sent while it is away are lost: nothing kept before may be served after. (The
      // other listener of this file is cut off too, which the tests before no longer need.)
      await writer.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'adal-kpi-changes' and datname = current_database() and pid <> pg_backend_pid()",
      );
      await expect.poll(() => own.currentGeneration(), { timeout: 2000, interval: 5 }).toBeNull();
      expect((await view()).tally.count).toBeGreaterThan(0);
      await expect.poll(() => own.currentGeneration(), { timeout: 5000 }).toBeGreaterThan(before);
      expect((await view()).tally.count).toBeGreaterThan(0);
      expect((await view()).tally.count).toBe(0);
    } finally {
      await resilient.close();
    }
  });
});
