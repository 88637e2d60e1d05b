import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
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

async function runAsAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Names the migrations' exact text, so a changed or added migration makes a new template. */
async function migrationsDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await readdir(MIGRATIONS_DIR)).sort()) {
    hash.update(file).update(await readFile(join(MIGRATIONS_DIR, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const TEMPLATE_PREFIX = 'adal_test_template_';

/**
 * A new database cloned from the template of the current migrations, which is migrated once
 * per set of migrations. Cloning is a file copy on the server, where migrating each database
 * ran every migration again (the larger part of a test file's set-up). It all happens under an
 * advisory lock, so parallel test files build the template once, and a template of older
 * migrations (dropped when a new one is made) is never dropped under a clone in progress.
 */
async function createFromTemplate(adminUrl: string, database: string): Promise<void> {
  const name = `${TEMPLATE_PREFIX}${await migrationsDigest()}`;
  await runAsAdmin(adminUrl, async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [TEMPLATE_PREFIX]);
    try {
      const existing = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`${TEMPLATE_PREFIX}%`],
      );
      const names = existing.rows.map((r) => r.datname);
      if (!names.includes(name)) await migrateTemplate(admin, adminUrl, name, names);
      await admin.query(`create database "${database}" template "${name}"`);
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [TEMPLATE_PREFIX]);
    }
  });
}

async function migrateTemplate(admin: pg.Client, adminUrl: string, name: string, older: string[]) {
  // Built under a working name and renamed when complete: a run cut off mid-migration leaves
  // no template that looks finished.
  const building = `${name}_building`;
  await admin.query(`drop database if exists "${building}" with (force)`);
  await admin.query(`create database "${building}"`);
  const orm = await openDatabase({
    databaseUrl: withDatabase(adminUrl, building),
    silentMigrations: true,
  });
  await orm.close(true);
  await admin.query(`alter database "${building}" rename to "${name}"`);
  for (const old of older.filter((n) => n !== building)) {
    await admin.query(`drop database if exists "${old}" with (force)`);
  }
}

/**
 * A fresh, migrated database (a clone of the template) with a random name on the server of
 * DATABASE_URL, so that test files run in parallel without sharing state, opened with an audit
 * key of its own and a temporary checkpoint folder. `drop()` closes and removes both.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['DATABASE_URL'] ?? DEFAULT_ADMIN_URL;
  const name = `adal_test_${randomBytes(6).toString('hex')}`;
  await createFromTemplate(adminUrl, name);
  const databaseUrl = withDatabase(adminUrl, name);
  // Created by the first checkpoint written.
  const checkpointDir = join(tmpdir(), `${name}-audit-checkpoints`);
  const auditTrail: AuditTrailSettings = { keyring: generateAuditKeyring('test'), checkpointDir };
  // Statements are tallied only inside `countStatements`: elsewhere the count costs a lookup.
  const orm = await openDatabase({
    databaseUrl,
    poolMax: 12,
    migrate: false,
    auditTrail,
    countStatements: true,
  });
  // The ORM asks once whether its database exists, on the first query; migrating used to ask
  // it, and a test counting its statements must not count that question.
  await orm.em.getConnection().execute('select 1');
  return {
    orm,
    databaseUrl,
    auditTrail,
    async drop() {
      await orm.close(true);
      await runAsAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`));
      await rm(checkpointDir, { recursive: true, force: true });
    },
  };
}
