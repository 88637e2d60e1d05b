import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../configuration-error.js';

/**
 * A secret kept outside the database (encryption keys, a pepper, an HMAC key), made of one or more
 * environment variables that are set together. Only the demo may generate one: a deployment whose
 * key lived in a file nobody backs up would lose everything sealed under it with that file.
 */
export interface DeploymentSecret<Part extends string> {
  /** Names the secret in the refusal, e.g. "the hotline's encryption keys". */
  description: string;
  /** Each part of the secret and the environment variable it is read from. */
  variables: Readonly<Record<Part, string>>;
  /** How an operator makes the values; quoted in the refusal. */
  howToGenerate: string;
  /** The demo's file, under its data folder. */
  demoFile: string;
  /** Fresh values for the demo. */
  generate(): Record<Part, string>;
}

export type SecretValues<Part extends string> = Record<Part, string>;

/** One random 32-byte value in base64, the form our keys and peppers take. */
export const GENERATE_BASE64_KEY =
  "node -e \"console.log(require('node:crypto').randomBytes(32).toString('base64'))\"";

/** The secret's variables: all of them, or undefined when none is set. Some without the others is refused. */
export function secretFromEnvironment<Part extends string>(
  secret: DeploymentSecret<Part>,
  env: NodeJS.ProcessEnv,
): SecretValues<Part> | undefined {
  const parts = Object.keys(secret.variables) as Part[];
  const values = parts.map((part) => [part, env[secret.variables[part]] || undefined] as const);
  const missing = values.filter(([, value]) => value === undefined);
  if (missing.length === parts.length) return undefined;
  if (missing.length > 0) {
    const names = parts.map((part) => secret.variables[part]).join(', ');
    throw new ConfigurationError(`${names} are set together or not at all.`);
  }
  return Object.fromEntries(values) as SecretValues<Part>;
}

export interface SecretSource<Part extends string> {
  /** What the environment holds, from `secretFromEnvironment`. */
  configured: SecretValues<Part> | undefined;
  /** ADAL_DEMO=1: the demo may keep generated values in its data folder. */
  demo: boolean;
  dataDir: string;
}

/**
 * The secret of this start: the configured one; otherwise the demo's, generated once into its data
 * folder and read back after that; otherwise a refusal that says what to set and how to make it.
 */
export async function loadDeploymentSecret<Part extends string>(
  secret: DeploymentSecret<Part>,
  source: SecretSource<Part>,
): Promise<SecretValues<Part>> {
  if (source.configured) return source.configured;
  if (!source.demo) throw new ConfigurationError(missingSecretMessage(secret));
  return loadOrCreateSecretFile(secret, join(source.dataDir, secret.demoFile));
}

export function missingSecretMessage<Part extends string>(secret: DeploymentSecret<Part>): string {
  const names = Object.values<string>(secret.variables).join(' and ');
  return (
    `Missing ${secret.description}: set ${names}. ${secret.howToGenerate} ` +
    'Only the demo (ADAL_DEMO=1) generates its own, into its data folder.'
  );
}

async function loadOrCreateSecretFile<Part extends string>(
  secret: DeploymentSecret<Part>,
  file: string,
): Promise<SecretValues<Part>> {
  const stored = await readStored(secret, file);
  if (stored) return stored;
  const generated = secret.generate();
  await mkdir(dirname(file), { recursive: true });
  try {
    // `wx`: a second process starting at the same moment must not overwrite the first one's values.
    await writeFile(file, JSON.stringify(generated), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadOrCreateSecretFile(secret, file);
  }
  return generated;
}

async function readStored<Part extends string>(
  secret: DeploymentSecret<Part>,
  file: string,
): Promise<SecretValues<Part> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const stored = (JSON.parse(text) ?? {}) as Record<string, unknown>;
  const parts = Object.keys(secret.variables) as Part[];
  if (parts.some((part) => typeof stored[part] !== 'string')) {
    throw new ConfigurationError(
      `${file} does not hold ${secret.description}: it needs ${parts.join(', ')}.`,
    );
  }
  return Object.fromEntries(parts.map((part) => [part, stored[part]])) as SecretValues<Part>;
}
