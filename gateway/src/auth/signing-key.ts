import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** The key pair that signs and verifies development-login tokens. Never used for portal tokens. */
export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
}

const ALGORITHM = 'ES256';

export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { privateKey, publicKey, kid: crypto.randomUUID() };
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * Reads the key kept in the data folder, creating it on first start. Keeping it means a demo
 * restart does not sign everybody out; the file is readable by the owner only.
 */
export async function loadOrCreateSigningKey(file: string): Promise<SigningKey> {
  const stored = await readStoredKey(file);
  if (stored) {
    return {
      kid: stored.kid,
      privateKey: (await importJWK(stored.privateJwk, ALGORITHM)) as CryptoKey,
      publicKey: (await importJWK(stored.publicJwk, ALGORITHM)) as CryptoKey,
    };
  }
  const key = await createSigningKey();
  const toStore: StoredKey = {
    kid: key.kid,
    privateJwk: await exportJWK(key.privateKey),
    publicJwk: await exportJWK(key.publicKey),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(toStore), { mode: 0o600 });
  return key;
}

async function readStoredKey(file: string): Promise<StoredKey | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as StoredKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
