import { join, resolve } from 'node:path';
import type { PortalJwtOptions } from './auth/token-verifier.js';

/** Everything the start command reads from the environment, in one place. */
export interface GatewayEnvironment {
  port: number;
  host: string;
  /** Unset: the embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  portalJwt: PortalJwtOptions | undefined;
  devLogin: boolean;
  importMapFile: string | undefined;
  /** `smtp://user:pass@host:port` (or `smtps://`); unset: reminder e-mails go to the log. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people open Adal at; e-mails link to it. Unset: the listening URL. */
  publicUrl: string | undefined;
  /** ADAL_JOBS=0 turns the background jobs off in this process (e.g. on replicas that only serve). */
  jobs: boolean;
  /**
   * ADAL_HOTLINE_KEYS ("k2:<base64>,k1:<base64>", the first encrypts) and ADAL_HOTLINE_RECEIPT_PEPPER
   * (base64, never rotated). Unset: the demo keeps generated ones in `dataDir` (see hotline-keys/).
   */
  hotlineKeys: { keys: string; pepper: string } | undefined;
  /** ADAL_TRUST_PROXY=1: behind a reverse proxy, rate limits read the client from X-Forwarded-For. */
  trustProxy: boolean;
  /** ADAL_STATEMENT_TIMEOUT_MS: PostgreSQL's statement_timeout; unset: start-gateway's default. */
  statementTimeoutMs: number | undefined;
  /** ADAL_EXECUTION_TIMEOUT_MS: the time one GraphQL execution may take; unset: yoga.ts's default. */
  executionTimeoutMs: number | undefined;
}

export function readEnvironment(env: NodeJS.ProcessEnv, repositoryRoot: string): GatewayEnvironment {
  const { ADAL_JWKS_URL: jwksUrl, ADAL_JWT_ISSUER: issuer, ADAL_JWT_AUDIENCE: audience } = env;
  if (jwksUrl && (!issuer || !audience)) {
    throw new Error('ADAL_JWKS_URL needs ADAL_JWT_ISSUER and ADAL_JWT_AUDIENCE as well.');
  }
  const portalJwt = jwksUrl && issuer && audience ? { jwksUrl, issuer, audience } : undefined;
  const { ADAL_HOTLINE_KEYS: hotlineKeys, ADAL_HOTLINE_RECEIPT_PEPPER: pepper } = env;
  if (Boolean(hotlineKeys) !== Boolean(pepper)) {
    throw new Error('ADAL_HOTLINE_KEYS and ADAL_HOTLINE_RECEIPT_PEPPER are set together or not at all.');
  }
  return {
    port: Number.parseInt(env['PORT'] ?? '4000', 10),
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['ADAL_DATA_DIR'] ? resolve(env['ADAL_DATA_DIR']) : join(repositoryRoot, '.data'),
    portalJwt,
    // The demo needs a way in when no portal is configured; with a portal it must be asked for.
    devLogin: env['ADAL_DEV_LOGIN'] !== undefined ? env['ADAL_DEV_LOGIN'] === '1' : portalJwt === undefined,
    importMapFile: env['ADAL_IMPORT_MAP'] || undefined,
    smtpUrl: env['ADAL_SMTP_URL'] || undefined,
    mailFrom: env['ADAL_MAIL_FROM'] || 'Adal <adal@localhost>',
    publicUrl: env['ADAL_PUBLIC_URL'] || undefined,
    jobs: env['ADAL_JOBS'] !== '0',
    hotlineKeys: hotlineKeys && pepper ? { keys: hotlineKeys, pepper } : undefined,
    trustProxy: env['ADAL_TRUST_PROXY'] === '1',
    statementTimeoutMs: milliseconds(env, 'ADAL_STATEMENT_TIMEOUT_MS'),
    executionTimeoutMs: milliseconds(env, 'ADAL_EXECUTION_TIMEOUT_MS'),
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (!value) return undefined;
  if (!/^[1-9][0-9]*$/.test(value))
    throw new Error(`${name} must be a whole number of milliseconds, e.g. 5000.`);
  return Number(value);
}
