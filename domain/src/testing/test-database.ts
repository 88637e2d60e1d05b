import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { generateAuditKeyring, type AuditKeyring } from '../audit/audit-keyring.js';
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

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs `work` on a connection of its own to the server of `adminUrl`, closed afterwards. */
export async function runAsAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
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

/** The server the tests create their databases on, as its superuser. */
export function testAdminUrl(): string {
  return process.env['DATABASE_URL'] ?? DEFAULT_ADMIN_URL;
}

/** A database that new test databases are cloned from, built once by whichever test file asks first. */
export interface DatabaseTemplate {
  /** Templates sharing a prefix are built and cloned under one lock; a new one drops the older. */
  prefix: string;
  name: string;
  /** Creates and fills the database `building` on the server of `adminUrl`. */
  build(admin: pg.Client, adminUrl: string, building: string): Promise<void>;
  /** Of the other templates under the prefix, those a new one replaces. */
  replaces(other: string): boolean;
}

/**
 * Clones `template` into `database`, building the template first when it is missing. It all
 * happens under an advisory lock of the template's prefix, so parallel test files build it once,
 * and an older template (dropped when a new one is made) is never dropped under a clone in progress.
 */
export async function createFromTemplate(
  adminUrl: string,
  database: string,
  template: DatabaseTemplate,
): Promise<void> {
  await runAsAdmin(adminUrl, async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template.prefix]);
    try {
      const existing = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`${template.prefix}%`],
      );
      const names = existing.rows.map((r) => r.datname);
      if (!names.includes(template.name)) {
        // Built under a working name and renamed when complete: a run cut off midway leaves no
        // template that looks finished.
        const building = `${template.name}_building`;
        await admin.query(`drop database if exists "${building}" with (force)`);
        await template.build(admin, adminUrl, building);
        await admin.query(`alter database "${building}" rename to "${template.name}"`);
        for (const old of names.filter((n) => n !== building && template.replaces(n))) {
          await admin.query(`drop database if exists "${old}" with (force)`);
        }
      }
      await admin.query(`create database "${database}" template "${template.name}"`);
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [template.prefix]);
    }
  });
}

/**
 * The current migrations, applied once per set of migrations. Cloning is a file copy on the
 * server, where migrating each database ran every migration again (the larger part of a test
 * file's set-up).
 */
export async function migratedTemplate(): Promise<DatabaseTemplate> {
  return {
    prefix: TEMPLATE_PREFIX,
    name: `${TEMPLATE_PREFIX}${await migrationsDigest()}`,
    async build(admin, adminUrl, building) {
      await admin.query(`create database "${building}"`);
      const orm = await openDatabase({
        databaseUrl: withDatabase(adminUrl, building),
        silentMigrations: true,
      });
      await orm.close(true);
    },
    replaces: () => true,
  };
}

/**
 * A fresh, migrated database (a clone of the template) with a random name on the server of
 * DATABASE_URL, so that test files run in parallel without sharing state, opened with an audit
 * key of its own and a temporary checkpoint folder. `drop()` closes and removes both.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  return createTestDatabaseFrom(await migratedTemplate(), generateAuditKeyring('test'));
}

/**
 * A database cloned from `template` with a random name, opened with `auditKeyring` (the key the
 * template's events were sealed with, if it holds any) and a temporary checkpoint folder.
 */
export async function createTestDatabaseFrom(
  template: DatabaseTemplate,
  auditKeyring: AuditKeyring,
): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const name = `adal_test_${randomBytes(6).toString('hex')}`;
  await createFromTemplate(adminUrl, name, template);
  const databaseUrl = withDatabase(adminUrl, name);
  // Created by the first checkpoint written.
  const checkpointDir = join(tmpdir(), `${name}-audit-checkpoints`);
  const auditTrail: AuditTrailSettings = { keyring: auditKeyring, checkpointDir };
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
