import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { openDatabase } from '../database/open-database.js';

const DEFAULT_ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  orm: MikroORM;
  databaseUrl: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function runAsAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = await MikroORM.init({
    clientUrl: adminUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  try {
    await admin.em.getConnection().execute(sql);
  } finally {
    await admin.close(true);
  }
}

/**
 * A fresh, migrated database with a random name on the server of DATABASE_URL, so that
 * test files run in parallel without sharing state. `drop()` closes and removes it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['DATABASE_URL'] ?? DEFAULT_ADMIN_URL;
  const name = `adal_test_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(adminUrl, `create database "${name}"`);
  const databaseUrl = withDatabase(adminUrl, name);
  const orm = await openDatabase({ databaseUrl, poolMax: 12, silentMigrations: true });
  return {
    orm,
    databaseUrl,
    async drop() {
      await orm.close(true);
      await runAsAdmin(adminUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}
