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
  /**
   * ADAL_TRUST_PROXY=<n>: n reverse proxies of ours stand in front, so the client is the
   * X-Forwarded-For hop just left of the last n (0 or unset: the socket's peer).
   */
  trustProxy: number;
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
    trustProxy: readTrustedProxies(env['ADAL_TRUST_PROXY']),
  };
}

function readTrustedProxies(value: string | undefined): number {
  if (!value) return 0;
  if (!/^\d{1,2}$/.test(value)) {
    throw new Error('ADAL_TRUST_PROXY is the number of reverse proxies in front of the gateway, e.g. 1.');
  }
  return Number(value);
}
