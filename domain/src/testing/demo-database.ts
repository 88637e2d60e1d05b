import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditKeyring } from '../audit/audit-keyring.js';
import type { HotlineKeyring } from '../hotline/crypto/keyring.js';
import { openDatabase } from '../database/open-database.js';
import { kazakhstanDay } from '../kernel/kazakhstan-time.js';
import { seedDemo } from '../../seeders/seed-demo.js';
import {
  createFromTemplate,
  createTestDatabaseFrom,
  migratedTemplate,
  withDatabase,
  type DatabaseTemplate,
  type TestDatabase,
} from './test-database.js';

/** A key of 32 bytes that every test process derives alike, so a clone of the demo verifies. */
function testKey(label: string): Buffer {
  return createHash('sha256').update(`adal demo template: ${label}`).digest();
}

/** The audit key the demo template's events are sealed with, and every clone is opened with. */
export const DEMO_AUDIT_KEYRING: AuditKeyring = {
  currentKeyId: 'demo-template',
  keys: new Map([['demo-template', testKey('audit')]]),
};

/** The hotline keys the demo template's cases are sealed with; a gateway over a clone reads them with these. */
export const DEMO_HOTLINE_KEYRING: HotlineKeyring = {
  currentKeyId: 'demo-template',
  keys: new Map([['demo-template', testKey('hotline')]]),
  receiptPepper: testKey('receipt pepper'),
};

const DOMAIN_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_PREFIX = 'adal_test_demo_';

/**
 * Names the text of everything seeding reads (the domain's code, its seeders and migrations), so
 * that a change to any of them seeds a new template; computed once per test process.
 */
let seedingDigest: Promise<string> | undefined;
function digestOfSeeding(): Promise<string> {
  seedingDigest ??= (async () => {
    const hash = createHash('sha256');
    for (const folder of ['src', 'seeders', 'migrations']) {
      const files = (await readdir(join(DOMAIN_ROOT, folder), { recursive: true }))
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .sort();
      for (const file of files) hash.update(file).update(await readFile(join(DOMAIN_ROOT, folder, file)));
    }
    return hash.digest('hex');
  })();
  return seedingDigest;
}

async function demoTemplate(hotline: boolean): Promise<DatabaseTemplate> {
  // The demo's dates count from the day it is seeded (deadlines, overdue cases), some in UTC and
  // some in Kazakhstan: a template of another day by either would show them a day out.
  const now = new Date();
  const days = `${now.toISOString().slice(0, 10)} ${kazakhstanDay(now)}`;
  const digest = createHash('sha256')
    .update(await digestOfSeeding())
    .update(days)
    .digest('hex');
  const version = `${DEMO_PREFIX}${digest.slice(0, 16)}`;
  return {
    prefix: DEMO_PREFIX,
    name: hotline ? `${version}_hotline` : version,
    async build(_admin, adminUrl, building) {
      await createFromTemplate(adminUrl, building, await migratedTemplate());
      const orm = await openDatabase({
        databaseUrl: withDatabase(adminUrl, building),
        migrate: false,
        // Seeding writes no checkpoint: the folder is never created.
        auditTrail: {
          keyring: DEMO_AUDIT_KEYRING,
          checkpointDir: join(tmpdir(), `${building}-audit-checkpoints`),
        },
      });
      try {
        await seedDemo(orm, hotline ? { hotlineKeyring: DEMO_HOTLINE_KEYRING } : {});
      } finally {
        await orm.close(true);
      }
    },
    // The two of the same code and day (with and without hotline cases) stay side by side.
    replaces: (other) => !other.startsWith(version),
  };
}

export interface DemoDatabaseOptions {
  /** The demo's hotline cases too, sealed with DEMO_HOTLINE_KEYRING. */
  hotline?: boolean;
}

/**
 * A fresh database holding the demo organisations and logins, as `seedDemo` leaves them: a clone
 * of a template seeded once per day and per version of the domain's code. Seeding took about five
 * seconds, paid by every browser story and every test of the demo; a clone is a copy on the server.
 * Its ORM seals with DEMO_AUDIT_KEYRING, the key the seeded events were sealed with.
 */
export async function createDemoDatabase(options: DemoDatabaseOptions = {}): Promise<TestDatabase> {
  return createTestDatabaseFrom(await demoTemplate(options.hotline === true), DEMO_AUDIT_KEYRING);
}
