import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open as openSealed, seal, serializeHotlineKeyring, generateHotlineKeyring } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../config.js';
import { HOTLINE_KEY_FILE, loadHotlineKeyring } from './hotline-keyring.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'adal-hotline-keys-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the hotline keyring of a deployment', () => {
  it('generates the demo keys once into a file only its owner can read, and reads them back', async () => {
    const env = readEnvironment({ ADAL_DATA_DIR: dataDir, ADAL_DEMO: '1' }, '/nowhere');
    const first = await loadHotlineKeyring(env);
    const mode = (await stat(join(dataDir, HOTLINE_KEY_FILE))).mode & 0o777;
    expect(mode).toBe(0o600);
    const again = await loadHotlineKeyring(env);
    // Data sealed before a restart opens after it.
    const sealed = seal(first, 'Тендер комиссиясы', 'test:1:field');
    expect(openSealed(again, sealed, 'test:1:field').toString('utf8')).toBe('Тендер комиссиясы');
  });

  it('takes the keys and the pepper from the environment when set', async () => {
    const configured = serializeHotlineKeyring(generateHotlineKeyring('k7'));
    const env = readEnvironment(
      {
        ADAL_DATA_DIR: join(dataDir, 'unused'),
        ADAL_HOTLINE_KEYS: configured.keys,
        ADAL_HOTLINE_RECEIPT_PEPPER: configured.pepper,
      },
      '/nowhere',
    );
    const keyring = await loadHotlineKeyring(env);
    expect(keyring.currentKeyId).toBe('k7');
    expect(serializeHotlineKeyring(keyring)).toEqual(configured);
  });

  it('refuses any start but the demo without configured keys, whatever its database or login', async () => {
    for (const env of [
      {},
      { ADAL_DEV_LOGIN: '1' },
      { DATABASE_URL: 'postgresql://db/adal', ADAL_DEV_LOGIN: '1' },
    ]) {
      const production = readEnvironment({ ...env, ADAL_DATA_DIR: join(dataDir, 'none') }, '/nowhere');
      await expect(loadHotlineKeyring(production)).rejects.toThrow(
        /set ADAL_HOTLINE_KEYS and ADAL_HOTLINE_RECEIPT_PEPPER/,
      );
    }
    const demo = readEnvironment(
      { DATABASE_URL: 'postgresql://db/adal', ADAL_DEMO: '1', ADAL_DATA_DIR: dataDir },
      '/nowhere',
    );
    await expect(loadHotlineKeyring(demo)).resolves.toMatchObject({ currentKeyId: expect.any(String) });
  });

  it('refuses keys without a pepper', () => {
    expect(() => readEnvironment({ ADAL_HOTLINE_KEYS: 'k1:AAAA' }, '/nowhere')).toThrow(
      /ADAL_HOTLINE_RECEIPT_PEPPER/,
    );
  });
});
