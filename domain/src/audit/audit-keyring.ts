import { randomBytes } from 'node:crypto';

/**
 * The keys of the audit chain (§75). Each event is sealed with an HMAC under `currentKeyId` and
 * stores that id; every key in `keys` verifies, so a new key can be put first while the events
 * sealed under the old one stay verifiable. The keys live outside the database: whoever can
 * rewrite rows cannot recompute a seal without them.
 */
export interface AuditKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const MIN_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;

function decodeBase64(text: string, what: string): Buffer {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new Error(`${what} is not base64`);
  return Buffer.from(trimmed, 'base64');
}

/**
 * Reads the configuration "id2:base64,id1:base64": the first key seals new events, all verify.
 * Each key is at least 32 random bytes. Throws with a message naming what is wrong.
 */
export function parseAuditKeyring(text: string): AuditKeyring {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0)
    throw new Error('The audit keys are empty: give "id:base64" of at least 32 bytes');
  const keys = new Map<string, Buffer>();
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id)) throw new Error(`Audit key "${entry.slice(0, 8)}…" needs an id: "id:base64"`);
    const key = decodeBase64(entry.slice(colon + 1), `Audit key ${id}`);
    if (key.length < MIN_KEY_BYTES) throw new Error(`Audit key ${id} must be at least 32 bytes`);
    if (keys.has(id)) throw new Error(`Audit key ${id} is given twice`);
    keys.set(id, key);
  }
  const [currentKeyId] = keys.keys();
  return { currentKeyId: currentKeyId as string, keys };
}

/** A fresh keyring with one key (for development and tests). */
export function generateAuditKeyring(keyId = `a${Date.now().toString(36)}`): AuditKeyring {
  return { currentKeyId: keyId, keys: new Map([[keyId, randomBytes(MIN_KEY_BYTES)]]) };
}

/** The keyring in the configuration's format, current key first (for the development key file). */
export function serializeAuditKeyring(keyring: AuditKeyring): string {
  const ordered = [
    keyring.currentKeyId,
    ...[...keyring.keys.keys()].filter((id) => id !== keyring.currentKeyId),
  ];
  return ordered.map((id) => `${id}:${(keyring.keys.get(id) as Buffer).toString('base64')}`).join(',');
}

/** The same keyring with a new key first; the old keys still verify (rotation). */
export function withNewAuditKey(
  keyring: AuditKeyring,
  keyId: string,
  key = randomBytes(MIN_KEY_BYTES),
): AuditKeyring {
  if (!KEY_ID.test(keyId) || keyring.keys.has(keyId)) throw new Error(`Audit key id ${keyId} is not new`);
  return { currentKeyId: keyId, keys: new Map([[keyId, key], ...keyring.keys]) };
}
