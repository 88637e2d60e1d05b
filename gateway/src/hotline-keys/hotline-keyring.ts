import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  generateHotlineKeyring,
  parseHotlineKeyring,
  serializeHotlineKeyring,
  type HotlineKeyring,
} from '@adal/domain';
import type { GatewayEnvironment } from '../config.js';

/** The demo's generated keys, beside its embedded database. */
export const HOTLINE_KEY_FILE = 'hotline-keys.json';

const KEY_HINT =
  "Generate each with `node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64'))\"`; " +
  'set ADAL_HOTLINE_KEYS="k1:<key>" and ADAL_HOTLINE_RECEIPT_PEPPER="<pepper>".';

/**
 * The hotline keyring of this deployment (issue 4 §4). From the environment when configured.
 * Otherwise only a development setup may generate its own, kept in the data folder: a server
 * deployment whose keys lived in a file nobody backs up would lose every report with that file.
 */
export async function loadHotlineKeyring(
  env: Pick<GatewayEnvironment, 'hotlineKeys' | 'databaseUrl' | 'devLogin' | 'dataDir'>,
): Promise<HotlineKeyring> {
  if (env.hotlineKeys) return parseHotlineKeyring(env.hotlineKeys.keys, env.hotlineKeys.pepper);
  if (env.databaseUrl && !env.devLogin) {
    throw new Error(`The hotline needs its encryption keys when DATABASE_URL is set. ${KEY_HINT}`);
  }
  return loadOrCreateHotlineKeyFile(join(env.dataDir, HOTLINE_KEY_FILE));
}

/** Reads the key file, creating it (owner-readable only) on first start. */
export async function loadOrCreateHotlineKeyFile(file: string): Promise<HotlineKeyring> {
  const stored = await readStored(file);
  if (stored) return parseHotlineKeyring(stored.keys, stored.pepper);
  const keyring = generateHotlineKeyring();
  await mkdir(dirname(file), { recursive: true });
  try {
    // `wx`: a second process starting at the same moment must not overwrite the first one's keys.
    await writeFile(file, JSON.stringify(serializeHotlineKeyring(keyring)), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadOrCreateHotlineKeyFile(file);
  }
  return keyring;
}

async function readStored(file: string): Promise<{ keys: string; pepper: string } | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  const { keys, pepper } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof keys !== 'string' || typeof pepper !== 'string') {
    throw new Error(`${file} is not a hotline key file: it needs "keys" and "pepper".`);
  }
  return { keys, pepper };
}
