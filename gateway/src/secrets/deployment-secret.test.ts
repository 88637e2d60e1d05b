import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../configuration-error.js';
import {
  GENERATE_BASE64_KEY,
  loadDeploymentSecret,
  secretFromEnvironment,
  type DeploymentSecret,
} from './deployment-secret.js';

/** A one-variable secret, the shape a keyed audit chain's key takes. */
const SIGNING_KEY: DeploymentSecret<'key'> = {
  description: 'the signing key',
  variables: { key: 'ADAL_TEST_SIGNING_KEY' },
  howToGenerate: `Generate it with \`${GENERATE_BASE64_KEY}\`.`,
  demoFile: 'signing.json',
  generate: () => ({ key: randomBytes(32).toString('base64') }),
};

const PAIR: DeploymentSecret<'key' | 'salt'> = {
  description: 'the pair',
  variables: { key: 'ADAL_TEST_KEY', salt: 'ADAL_TEST_SALT' },
  howToGenerate: 'Any two values.',
  demoFile: 'pair.json',
  generate: () => ({ key: 'k', salt: 's' }),
};

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'adal-secret-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('a secret the demo generates and every other start must be given', () => {
  it('takes the configured values, demo or not, and writes nothing', async () => {
    const configured = secretFromEnvironment(SIGNING_KEY, { ADAL_TEST_SIGNING_KEY: 'c2VjcmV0' });
    expect(configured).toEqual({ key: 'c2VjcmV0' });
    for (const demo of [false, true]) {
      await expect(loadDeploymentSecret(SIGNING_KEY, { configured, demo, dataDir })).resolves.toEqual({
        key: 'c2VjcmV0',
      });
    }
    await expect(stat(join(dataDir, SIGNING_KEY.demoFile))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a start that is not the demo, saying what to set and how to generate it', async () => {
    const refusal = loadDeploymentSecret(SIGNING_KEY, { configured: undefined, demo: false, dataDir });
    await expect(refusal).rejects.toThrow(ConfigurationError);
    await expect(refusal).rejects.toThrow(/Missing the signing key: set ADAL_TEST_SIGNING_KEY\./);
    await expect(refusal).rejects.toThrow(/randomBytes\(32\)/);
    await expect(stat(join(dataDir, SIGNING_KEY.demoFile))).rejects.toThrow(/ENOENT/);
  });

  it('generates the demo value once into a file only its owner reads, and reads it back', async () => {
    const first = await loadDeploymentSecret(SIGNING_KEY, { configured: undefined, demo: true, dataDir });
    const file = join(dataDir, SIGNING_KEY.demoFile);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(first);
    const again = await loadDeploymentSecret(SIGNING_KEY, { configured: undefined, demo: true, dataDir });
    expect(again).toEqual(first);
  });

  it('refuses some of its variables without the others', () => {
    expect(() => secretFromEnvironment(PAIR, { ADAL_TEST_KEY: 'k' })).toThrow(
      /ADAL_TEST_KEY, ADAL_TEST_SALT are set together/,
    );
    expect(secretFromEnvironment(PAIR, {})).toBeUndefined();
  });

  it('refuses a demo file that lacks a part instead of using half a secret', async () => {
    await writeFile(join(dataDir, PAIR.demoFile), JSON.stringify({ key: 'k' }));
    await expect(loadDeploymentSecret(PAIR, { configured: undefined, demo: true, dataDir })).rejects.toThrow(
      /does not hold the pair/,
    );
  });
});
