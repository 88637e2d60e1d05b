import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAuditKeyring, serializeAuditKeyring } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../config.js';
import { AUDIT_CHECKPOINT_FOLDER, AUDIT_KEY_FILE, loadAuditTrailSettings } from './audit-trail-settings.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'adal-audit-keys-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the audit key of a deployment', () => {
  it('generates the demo key once into a file only its owner can read, and reads it back', async () => {
    const env = readEnvironment({ ADAL_DEMO: '1', ADAL_DATA_DIR: dataDir }, '/nowhere');
    const first = await loadAuditTrailSettings(env);
    expect((await stat(join(dataDir, AUDIT_KEY_FILE))).mode & 0o777).toBe(0o600);
    const again = await loadAuditTrailSettings(env);
    // Events sealed before a restart verify after it.
    expect(serializeAuditKeyring(again.keyring)).toBe(serializeAuditKeyring(first.keyring));
    expect(first.checkpointDir).toBe(join(dataDir, AUDIT_CHECKPOINT_FOLDER));
  });

  it('takes the keys and the checkpoint folder from the environment when set', async () => {
    const configured = serializeAuditKeyring(generateAuditKeyring('a7'));
    const env = readEnvironment(
      {
        ADAL_DATA_DIR: join(dataDir, 'unused'),
        ADAL_AUDIT_KEYS: configured,
        ADAL_AUDIT_CHECKPOINT_DIR: '/var/lib/adal-evidence',
        ADAL_AUDIT_CHECKPOINT_MAIL: '1',
      },
      '/nowhere',
    );
    const settings = await loadAuditTrailSettings(env);
    expect(settings.keyring.currentKeyId).toBe('a7');
    expect(serializeAuditKeyring(settings.keyring)).toBe(configured);
    expect(settings.checkpointDir).toBe('/var/lib/adal-evidence');
    expect(env.auditCheckpointMail).toBe(true);
  });

  it('refuses to start without a configured key unless it is the demo, development login or not', async () => {
    const production = readEnvironment(
      { ADAL_DEV_LOGIN: '1', ADAL_DATA_DIR: join(dataDir, 'prod') },
      '/nowhere',
    );
    await expect(loadAuditTrailSettings(production)).rejects.toThrow(/set ADAL_AUDIT_KEYS/);
  });

  it('refuses a key shorter than 32 bytes', async () => {
    const env = readEnvironment(
      { ADAL_AUDIT_KEYS: `a1:${Buffer.alloc(16).toString('base64')}`, ADAL_DATA_DIR: dataDir },
      '/nowhere',
    );
    await expect(loadAuditTrailSettings(env)).rejects.toThrow(/at least 32 bytes/);
  });
});
