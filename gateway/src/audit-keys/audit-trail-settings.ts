import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  generateAuditKeyring,
  parseAuditKeyring,
  serializeAuditKeyring,
  type AuditKeyring,
  type AuditTrailSettings,
} from '@adal/domain';
import type { GatewayEnvironment } from '../config.js';

/** The demo's generated audit key, beside its embedded database. */
export const AUDIT_KEY_FILE = 'audit-keys.json';
/** The checkpoint folder when ADAL_AUDIT_CHECKPOINT_DIR is unset. */
export const AUDIT_CHECKPOINT_FOLDER = 'audit-checkpoints';

const KEY_HINT =
  "Generate one with `node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64'))\"` " +
  'and set ADAL_AUDIT_KEYS="a1:<key>"; keep it apart from the database and its backups.';

/**
 * The audit trail's key and checkpoint folder of this deployment (§75). The key comes from the
 * environment when configured. Otherwise only a development setup may generate its own, kept in
 * the data folder, in the same situations as the hotline keys (hotline-keys/): on a server, a key
 * beside the database would let whoever takes the database recompute the chain.
 */
export async function loadAuditTrailSettings(
  env: Pick<GatewayEnvironment, 'auditKeys' | 'auditCheckpointDir' | 'databaseUrl' | 'devLogin' | 'dataDir'>,
): Promise<AuditTrailSettings> {
  const checkpointDir = env.auditCheckpointDir ?? join(env.dataDir, AUDIT_CHECKPOINT_FOLDER);
  if (env.auditKeys) return { keyring: parseAuditKeyring(env.auditKeys), checkpointDir };
  if (env.databaseUrl && !env.devLogin) {
    throw new Error(`The audit trail needs its key when DATABASE_URL is set. ${KEY_HINT}`);
  }
  return { keyring: await loadOrCreateAuditKeyFile(join(env.dataDir, AUDIT_KEY_FILE)), checkpointDir };
}

/** Reads the key file, creating it (owner-readable only) on first start. */
export async function loadOrCreateAuditKeyFile(file: string): Promise<AuditKeyring> {
  const stored = await readStored(file);
  if (stored) return parseAuditKeyring(stored);
  const keyring = generateAuditKeyring();
  await mkdir(dirname(file), { recursive: true });
  try {
    // `wx`: a second process starting at the same moment must not overwrite the first one's key.
    await writeFile(file, JSON.stringify({ keys: serializeAuditKeyring(keyring) }), {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadOrCreateAuditKeyFile(file);
  }
  return keyring;
}

async function readStored(file: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  const { keys } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof keys !== 'string') throw new Error(`${file} is not an audit key file: it needs "keys".`);
  return keys;
}
