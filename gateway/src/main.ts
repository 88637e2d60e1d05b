import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_LOGINS,
  SUBSIDIARY_DEMO_LOGINS,
  type AuditTrailSettings,
  type HotlineKeyring,
} from '@adal/domain';
import { readEnvironment, refuseStartWithoutSignIn, type GatewayEnvironment } from './config.js';
import { ConfigurationError } from './configuration-error.js';
import {
  EMBEDDED_GATEWAY_OPTIONS,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from './database/embedded-postgres.js';
import { loadHotlineKeyring } from './hotline-keys/hotline-keyring.js';
import { loadAuditTrailSettings } from './audit-keys/audit-trail-settings.js';
import { createLogMailer, createSmtpMailer } from './mail/mailer.js';
import { startGateway } from './start-gateway.js';

// `pnpm --filter @adal/gateway start`: Adal on one port, on the embedded database unless
// DATABASE_URL names a server. As configured and nothing more: the demo (`npm start`) asks for
// development login, the demo data and generated keys itself (ADAL_DEV_LOGIN=1, ADAL_DEMO=1).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { env, hotlineKeyring, auditTrail } = await configured().catch((error: unknown) => {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`✖ Adal does not start: ${error.message}`);
  process.exit(1);
});
if (env.devLogin && !env.demo) {
  console.warn('⚠ Development login is on (ADAL_DEV_LOGIN=1): anyone who reaches Adal signs in as anyone.');
}

let embedded: EmbeddedPostgres | undefined;
if (!env.databaseUrl) {
  console.log(`• No DATABASE_URL: starting the embedded PostgreSQL in ${join(env.dataDir, 'pglite')}`);
  embedded = await startEmbeddedPostgres(join(env.dataDir, 'pglite'));
}

const mailer = env.smtpUrl
  ? createSmtpMailer(env.smtpUrl, env.mailFrom)
  : createLogMailer((line) => console.log(`• ${line}`));

const gateway = await startGateway({
  port: env.port,
  host: env.host,
  databaseUrl: env.databaseUrl ?? (embedded as EmbeddedPostgres).databaseUrl,
  ...(embedded ? EMBEDDED_GATEWAY_OPTIONS : {}),
  devLogin: env.devLogin,
  signingKeyFile: join(env.dataDir, 'dev-signing-key.json'),
  ...(env.portalJwt ? { portalJwt: env.portalJwt } : {}),
  maxTokenLifetimeSeconds: env.maxTokenHours * 3600,
  allowedOrigins: env.allowedOrigins,
  httpsOnly: env.httpsOnly,
  hotlineKeyring,
  trustProxy: env.trustProxy,
  ...(env.statementTimeoutMs ? { statementTimeoutMs: env.statementTimeoutMs } : {}),
  ...(env.executionTimeoutMs ? { executionTimeoutMs: env.executionTimeoutMs } : {}),
  countStatements: env.countStatements,
  auditTrail,
  auditCheckpointMail: env.auditCheckpointMail,
  seedDemo: env.demo,
  ...(env.importMapFile ? { importMapFile: env.importMapFile } : {}),
  rootDir: root,
  mailer,
  ...(env.publicUrl ? { appUrl: env.publicUrl } : {}),
  // PGlite serves one connection, which the ORM holds: the queue cannot run there.
  jobs: env.jobs ? (embedded ? 'in-process' : 'queue') : false,
});

console.log(`\nAdal is running at ${gateway.url}\n`);
console.log(`• The hotline's public intake (no sign-in): ${gateway.url}/report`);
if (gateway.jobs) {
  const runner = gateway.jobs.mode === 'queue' ? 'the PostgreSQL queue (pg-boss)' : 'timers in this process';
  console.log(`• Background jobs run on ${runner}; reminder e-mails go to ${mailer.description}.`);
} else {
  console.log('• Background jobs are off (ADAL_JOBS=0).');
}
if (env.devLogin && env.demo) {
  console.log('Demo logins (development login, no password):');
  console.table(
    [...DEMO_LOGINS, ...SUBSIDIARY_DEMO_LOGINS].map(({ email, role, fullName }) => ({
      email,
      role,
      name: fullName,
    })),
  );
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await gateway.close();
  await embedded?.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

/** The environment and the secrets a start needs; a ConfigurationError says what is missing. */
async function configured(): Promise<{
  env: GatewayEnvironment;
  hotlineKeyring: HotlineKeyring;
  auditTrail: AuditTrailSettings;
}> {
  const env = readEnvironment(process.env, root);
  refuseStartWithoutSignIn(env);
  return {
    env,
    hotlineKeyring: await loadHotlineKeyring(env),
    auditTrail: await loadAuditTrailSettings(env),
  };
}
