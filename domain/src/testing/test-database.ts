import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { generateAuditKeyring } from '../audit/audit-keyring.js';
import type { AuditTrailSettings } from '../audit/audit-trail-settings.js';
import { openDatabase } from '../database/open-database.js';

const DEFAULT_ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  orm: MikroORM;
  databaseUrl: string;
  /** The audit key the ORM seals events with and the checkpoint folder of this database. */
  auditTrail: AuditTrailSettings;
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
 * test files run in parallel without sharing state, opened with an audit key of its own and a
 * temporary checkpoint folder. `drop()` closes and removes both.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['DATABASE_URL'] ?? DEFAULT_ADMIN_URL;
  const name = `adal_test_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(adminUrl, `create database "${name}"`);
  const databaseUrl = withDatabase(adminUrl, name);
  // Created by the first checkpoint written.
  const checkpointDir = join(tmpdir(), `${name}-audit-checkpoints`);
  const auditTrail: AuditTrailSettings = { keyring: generateAuditKeyring('test'), checkpointDir };
  // Statements are tallied only inside `countStatements`: elsewhere the count costs a lookup.
  const orm = await openDatabase({
    databaseUrl,
    poolMax: 12,
    silentMigrations: true,
    auditTrail,
    countStatements: true,
  });
  return {
    orm,
    databaseUrl,
    auditTrail,
    async drop() {
      await orm.close(true);
      await runAsAdmin(adminUrl, `drop database if exists "${name}" with (force)`);
      await rm(checkpointDir, { recursive: true, force: true });
    },
  };
}
