import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The hotline's keys (issue 4 §4): report text, attachments and an open reporter's identity are
 * encrypted at rest with AES-256-GCM. `currentKeyId` encrypts; every key in `keys` decrypts, so a
 * new key can be put first and the old data re-sealed (`reencryptHotlineData`) before the old key
 * is dropped. The receipt pepper keys the receipt hash and is never rotated.
 */
export interface HotlineKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
  receiptPepper: Buffer;
}

const KEY_BYTES = 32;
const MIN_PEPPER_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = 1;
const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;

function decodeBase64(text: string, what: string): Buffer {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new Error(`${what} is not base64`);
  return Buffer.from(trimmed, 'base64');
}

/**
 * Reads the configuration: `keys` = "id1:base64,id2:base64" (the first encrypts, all decrypt),
 * `pepper` = base64 of at least 32 bytes. Throws with a message naming what is wrong.
 */
export function parseHotlineKeyring(keys: string, pepper: string): HotlineKeyring {
  const entries = keys
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) throw new Error('The hotline keys are empty: give "id:base64" of 32 bytes');
  const map = new Map<string, Buffer>();
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id)) throw new Error(`Hotline key "${entry.slice(0, 8)}…" needs an id: "id:base64"`);
    const key = decodeBase64(entry.slice(colon + 1), `Hotline key ${id}`);
    if (key.length !== KEY_BYTES) throw new Error(`Hotline key ${id} must be 32 bytes (AES-256)`);
    if (map.has(id)) throw new Error(`Hotline key ${id} is given twice`);
    map.set(id, key);
  }
  const receiptPepper = decodeBase64(pepper, 'The receipt pepper');
  if (receiptPepper.length < MIN_PEPPER_BYTES)
    throw new Error('The receipt pepper must be at least 32 bytes');
  const [currentKeyId] = map.keys();
  return { currentKeyId: currentKeyId as string, keys: map, receiptPepper };
}

/** A fresh keyring with one key (for development and tests). */
export function generateHotlineKeyring(keyId = `k${Date.now().toString(36)}`): HotlineKeyring {
  return {
    currentKeyId: keyId,
    keys: new Map([[keyId, randomBytes(KEY_BYTES)]]),
    receiptPepper: randomBytes(MIN_PEPPER_BYTES),
  };
}

/** The keyring in the configuration's format (for the development key file). */
export function serializeHotlineKeyring(keyring: HotlineKeyring): { keys: string; pepper: string } {
  const ordered = [
    keyring.currentKeyId,
    ...[...keyring.keys.keys()].filter((id) => id !== keyring.currentKeyId),
  ];
  return {
    keys: ordered.map((id) => `${id}:${(keyring.keys.get(id) as Buffer).toString('base64')}`).join(','),
    pepper: keyring.receiptPepper.toString('base64'),
  };
}

/** The same keyring with a new key first; the old keys still decrypt (rotation, step one). */
export function withNewHotlineKey(
  keyring: HotlineKeyring,
  keyId: string,
  key = randomBytes(KEY_BYTES),
): HotlineKeyring {
  if (!KEY_ID.test(keyId) || keyring.keys.has(keyId)) throw new Error(`Key id ${keyId} is not new`);
  return {
    currentKeyId: keyId,
    keys: new Map([[keyId, key], ...keyring.keys]),
    receiptPepper: keyring.receiptPepper,
  };
}

/**
 * AES-256-GCM under the current key. Layout: version byte | key id length byte | key id |
 * 12-byte IV | 16-byte tag | ciphertext. `aad` binds the blob to its row and field
 * (e.g. `hotline_report:<id>:content`), so a blob copied into another row does not open.
 */
export function seal(keyring: HotlineKeyring, plaintext: Buffer | string, aad: string): Buffer {
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new Error(`The current hotline key ${keyring.currentKeyId} is missing`);
  const keyId = Buffer.from(keyring.currentKeyId, 'utf8');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([
    Buffer.from([FORMAT_VERSION, keyId.length]),
    keyId,
    iv,
    cipher.getAuthTag(),
    ciphertext,
  ]);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The id of the key a blob was sealed with. */
export function sealedKeyId(sealed: Uint8Array): string {
  if (sealed.length < 2 || sealed[0] !== FORMAT_VERSION) throw new Error('Not a sealed hotline blob');
  const length = sealed[1] as number;
  return asBuffer(sealed.subarray(2, 2 + length)).toString('utf8');
}

/** Opens a blob sealed by `seal` under any key of the ring; throws when it was altered or moved. */
export function open(keyring: HotlineKeyring, blob: Uint8Array, aad: string): Buffer {
  const sealed = asBuffer(blob);
  const keyId = sealedKeyId(sealed);
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`Hotline key ${keyId} is not configured; it is needed to read older data`);
  const ivStart = 2 + Buffer.byteLength(keyId, 'utf8');
  const tagStart = ivStart + IV_BYTES;
  const dataStart = tagStart + TAG_BYTES;
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(ivStart, tagStart));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(tagStart, dataStart));
  return Buffer.concat([decipher.update(sealed.subarray(dataStart)), decipher.final()]);
}

export function sealJson(keyring: HotlineKeyring, value: unknown, aad: string): Buffer {
  return seal(keyring, JSON.stringify(value), aad);
}

export function openJson<T>(keyring: HotlineKeyring, sealed: Uint8Array, aad: string): T {
  return JSON.parse(open(keyring, sealed, aad).toString('utf8')) as T;
}
