import pg from 'pg';
import {
  generateAuditKeyring,
  serializeAuditKeyring,
  type AuditKeyring,
} from '../../src/audit/audit-keyring.js';
import { openDatabase } from '../../src/database/open-database.js';
import {
  generateHotlineKeyring,
  serializeHotlineKeyring,
  type HotlineKeyring,
} from '../../src/hotline/crypto/keyring.js';
import { seedScale, type SeedScaleResult } from './seed-scale.js';

export interface ScaleDatabase {
  databaseUrl: string;
  hotlineKeyring: HotlineKeyring;
  auditKeyring: AuditKeyring;
  /** The keys as a gateway reads them from its environment. */
  environment: Record<string, string>;
  result: SeedScaleResult;
  drop(): Promise<void>;
}

/**
 * A new database `name` on the server of `adminUrl` (dropped first if it exists), migrated and
 * filled by `seedScale` under keys of its own.
 */
export async function createScaleDatabase(o: {
  adminUrl: string;
  name: string;
  people: number;
  seed: number;
  /** The day the history ends on (today by default): with the seed, it fixes every row. */
  today?: Date;
  progress?: (step: string, seconds: number) => void;
}): Promise<ScaleDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(o.name)) throw new Error(`"${o.name}" is not a plain database name`);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: o.adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists "${o.name}" with (force)`);
  await admin(`create database "${o.name}"`);
  const url = new URL(o.adminUrl);
  url.pathname = `/${o.name}`;
  const databaseUrl = url.toString();
  const hotlineKeyring = generateHotlineKeyring('scale1');
  const auditKeyring = generateAuditKeyring('scale1');
  const orm = await openDatabase({
    databaseUrl,
    silentMigrations: true,
    auditTrail: { keyring: auditKeyring, checkpointDir: '' },
  });
  let result: SeedScaleResult;
  try {
    result = await seedScale(orm, {
      databaseUrl,
      people: o.people,
      seed: o.seed,
      ...(o.today ? { today: o.today } : {}),
      hotlineKeyring,
      auditKeyring,
      ...(o.progress ? { progress: o.progress } : {}),
    });
  } finally {
    await orm.close(true);
  }
  const hotline = serializeHotlineKeyring(hotlineKeyring);
  return {
    databaseUrl,
    hotlineKeyring,
    auditKeyring,
    environment: {
      DATABASE_URL: databaseUrl,
      ADAL_HOTLINE_KEYS: hotline.keys,
      ADAL_HOTLINE_RECEIPT_PEPPER: hotline.pepper,
      ADAL_AUDIT_KEYS: serializeAuditKeyring(auditKeyring),
    },
    result,
    drop: () => admin(`drop database if exists "${o.name}" with (force)`),
  };
}
