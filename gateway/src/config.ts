import { join, resolve } from 'node:path';
import { AUDIT_KEYS_SECRET } from './audit-keys/audit-trail-settings.js';
import type { PortalJwtOptions } from './auth/token-verifier.js';
import { ConfigurationError } from './configuration-error.js';
import { HOTLINE_KEYS_SECRET } from './hotline-keys/hotline-keyring.js';
import { secretFromEnvironment, type SecretValues } from './secrets/deployment-secret.js';

/** Everything the start command reads from the environment, in one place. */
export interface GatewayEnvironment {
  port: number;
  host: string;
  /** Unset: the embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  portalJwt: PortalJwtOptions | undefined;
  /** ADAL_DEV_LOGIN=1 and nothing else: a password-less login is never on by default. */
  devLogin: boolean;
  /** ADAL_DEMO=1: seed the demo organisations and let the demo generate its own keys into `dataDir`. */
  demo: boolean;
  /** ADAL_MAX_TOKEN_HOURS (default 12): tokens without an expiry or living longer are refused. */
  maxTokenHours: number;
  /** ADAL_ALLOWED_ORIGINS: the portals that embed Adal; they may call the API and frame the shell. */
  allowedOrigins: string[];
  importMapFile: string | undefined;
  /** `smtp://user:pass@host:port` (or `smtps://`); unset: reminder e-mails go to the log. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people open Adal at; e-mails link to it. Unset: the listening URL. */
  publicUrl: string | undefined;
  /** ADAL_PUBLIC_URL is https: browsers are told to reach Adal over https only (HSTS). */
  httpsOnly: boolean;
  /** ADAL_JOBS=0 turns the background jobs off in this process (e.g. on replicas that only serve). */
  jobs: boolean;
  /**
   * ADAL_HOTLINE_KEYS ("k2:<base64>,k1:<base64>", the first encrypts) and ADAL_HOTLINE_RECEIPT_PEPPER
   * (base64, never rotated). Unset: only the demo keeps generated ones in `dataDir` (see hotline-keys/).
   */
  hotlineKeys: SecretValues<'keys' | 'pepper'> | undefined;
  /**
   * ADAL_TRUST_PROXY=<n>: n reverse proxies of ours stand in front, so the client is the
   * X-Forwarded-For hop just left of the last n (0 or unset: the socket's peer).
   */
  trustProxy: number;
  /**
   * ADAL_AUDIT_KEYS ("a2:<base64>,a1:<base64>", each ≥ 32 bytes, the first seals): the audit chain's
   * keys. Unset: only the demo keeps a generated one in `dataDir` (see audit-keys/).
   */
  auditKeys: SecretValues<'keys'> | undefined;
  /** ADAL_AUDIT_CHECKPOINT_DIR: where the signed checkpoints of the audit chains are appended. Unset: `dataDir`/audit-checkpoints. */
  auditCheckpointDir: string | undefined;
  /** ADAL_AUDIT_CHECKPOINT_MAIL=1: each organisation's auditors get its new checkpoint once a day. */
  auditCheckpointMail: boolean;
  /** ADAL_STATEMENT_TIMEOUT_MS: PostgreSQL's statement_timeout; unset: start-gateway's default. */
  statementTimeoutMs: number | undefined;
  /** ADAL_EXECUTION_TIMEOUT_MS: the time one GraphQL execution may take; unset: yoga.ts's default. */
  executionTimeoutMs: number | undefined;
  /** ADAL_COUNT_STATEMENTS=1: each response tells how many SQL statements it took (a measuring aid). */
  countStatements: boolean;
}

const DEFAULT_MAX_TOKEN_HOURS = 12;

export function readEnvironment(env: NodeJS.ProcessEnv, repositoryRoot: string): GatewayEnvironment {
  const { ADAL_JWKS_URL: jwksUrl, ADAL_JWT_ISSUER: issuer, ADAL_JWT_AUDIENCE: audience } = env;
  if (jwksUrl && (!issuer || !audience)) {
    throw new ConfigurationError('ADAL_JWKS_URL needs ADAL_JWT_ISSUER and ADAL_JWT_AUDIENCE as well.');
  }
  const portalJwt = jwksUrl && issuer && audience ? { jwksUrl, issuer, audience } : undefined;
  const address = publicUrl(env['ADAL_PUBLIC_URL']);
  return {
    port: Number.parseInt(env['PORT'] ?? '4000', 10),
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['ADAL_DATA_DIR'] ? resolve(env['ADAL_DATA_DIR']) : join(repositoryRoot, '.data'),
    portalJwt,
    devLogin: env['ADAL_DEV_LOGIN'] === '1',
    demo: env['ADAL_DEMO'] === '1',
    maxTokenHours: maxTokenHours(env['ADAL_MAX_TOKEN_HOURS']),
    allowedOrigins: allowedOrigins(env['ADAL_ALLOWED_ORIGINS']),
    importMapFile: env['ADAL_IMPORT_MAP'] || undefined,
    smtpUrl: env['ADAL_SMTP_URL'] || undefined,
    mailFrom: env['ADAL_MAIL_FROM'] || 'Adal <adal@localhost>',
    publicUrl: address,
    httpsOnly: address?.startsWith('https:') === true,
    jobs: env['ADAL_JOBS'] !== '0',
    hotlineKeys: secretFromEnvironment(HOTLINE_KEYS_SECRET, env),
    trustProxy: readTrustedProxies(env['ADAL_TRUST_PROXY']),
    auditKeys: secretFromEnvironment(AUDIT_KEYS_SECRET, env),
    auditCheckpointDir: env['ADAL_AUDIT_CHECKPOINT_DIR']
      ? resolve(env['ADAL_AUDIT_CHECKPOINT_DIR'])
      : undefined,
    auditCheckpointMail: env['ADAL_AUDIT_CHECKPOINT_MAIL'] === '1',
    statementTimeoutMs: milliseconds(env, 'ADAL_STATEMENT_TIMEOUT_MS'),
    executionTimeoutMs: milliseconds(env, 'ADAL_EXECUTION_TIMEOUT_MS'),
    countStatements: env['ADAL_COUNT_STATEMENTS'] === '1',
  };
}

/**
 * A gateway nobody can sign in to serves only the anonymous hotline intake, whose reports then
 * wait for a compliance head who can never come: such a start is a mistake, so it is refused.
 */
export function refuseStartWithoutSignIn(env: Pick<GatewayEnvironment, 'devLogin' | 'portalJwt'>): void {
  if (env.devLogin || env.portalJwt) return;
  throw new ConfigurationError(
    'Nobody could sign in: set ADAL_JWKS_URL, ADAL_JWT_ISSUER and ADAL_JWT_AUDIENCE to accept the ' +
      "portal's tokens, or ADAL_DEV_LOGIN=1 for the password-less development login (never in production).",
  );
}

function maxTokenHours(text: string | undefined): number {
  if (!text) return DEFAULT_MAX_TOKEN_HOURS;
  const hours = Number(text);
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new ConfigurationError(`ADAL_MAX_TOKEN_HOURS must be a positive number of hours, not "${text}".`);
  }
  return hours;
}

/** Exact origins only (scheme, host, port): a path or a wildcard would be a different rule than the one read. */
function allowedOrigins(text: string | undefined): string[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    let origin: string | undefined;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = undefined;
    }
    if (!origin || origin === 'null' || origin !== entry.replace(/\/$/, '').toLowerCase()) {
      throw new ConfigurationError(
        `ADAL_ALLOWED_ORIGINS lists origins such as https://portal.example.kz, separated by commas; "${entry}" is not one.`,
      );
    }
    return origin;
  });
}

function publicUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'http:') return text;
  } catch {
    // refused below
  }
  throw new ConfigurationError(`ADAL_PUBLIC_URL must be an http(s) address, not "${text}".`);
}

function readTrustedProxies(value: string | undefined): number {
  if (!value) return 0;
  if (!/^\d{1,2}$/.test(value)) {
    throw new ConfigurationError(
      'ADAL_TRUST_PROXY is the number of reverse proxies in front of the gateway, e.g. 1.',
    );
  }
  return Number(value);
}

function milliseconds(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (!value) return undefined;
  if (!/^[1-9][0-9]*$/.test(value)) {
    throw new ConfigurationError(`${name} must be a whole number of milliseconds, e.g. 5000.`);
  }
  return Number(value);
}
