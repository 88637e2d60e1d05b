import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { biViews, kpiCatalog, openDatabase, Organization } from '@adal/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const dataDir = await mkdtemp(join(tmpdir(), 'adal-pglite-'));

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function withEmbedded<T>(
  work: (orm: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const embedded = await startEmbeddedPostgres(dataDir);
  // As a start does: migrations first, then the pool whose single connection carries the
  // statement timeout (PGlite accepts it without enforcing it).
  const orm = await openDatabase({
    databaseUrl: embedded.databaseUrl,
    poolMax: 1,
    statementTimeoutMs: 5000,
    biReadModel: kpiCatalog(),
  });
  try {
    return await work(orm);
  } finally {
    await orm.close(true);
    await embedded.close();
  }
}

describe('embedded PostgreSQL', () => {
  it('runs the migrations and keeps the data across a restart', async () => {
    const id = await withEmbedded(async (orm) => {
      const em = orm.em.fork();
      const organization = em.create(Organization, { name: 'Persisted JSC', kind: 'private' });
      await em.flush();
      return organization.id;
    });
    const name = await withEmbedded(
      async (orm) => (await orm.em.fork().findOneOrFail(Organization, { id })).name,
    );
    expect(name).toBe('Persisted JSC');
  }, 180_000);

  it('creates the views of the read model for BI tools there too', async () => {
    const views = await withEmbedded((orm) =>
      orm.em
        .fork()
        .execute<{ count: string }[]>("select count(*) as count from pg_views where schemaname = 'adal_bi'"),
    );
    expect(Number(views[0]?.count)).toBe(biViews(kpiCatalog()).length);
  }, 180_000);
});
