import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, reencryptHotlineData } from '@adal/domain';
import { readEnvironment } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres.js';
import { loadHotlineKeyring } from '../hotline-keys/hotline-keyring.js';

// `pnpm --filter @adal/gateway run hotline:rekey`: key rotation (issue 4 §4). Put the new key first
// in ADAL_HOTLINE_KEYS and keep the old one after it, run this, then drop the old key. Every sealed
// report text, file and identity is re-sealed under the first key, in one transaction: it either
// finishes or leaves everything readable with the keys as they were.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const env = readEnvironment(process.env, root);
const keyring = await loadHotlineKeyring(env);

let embedded: EmbeddedPostgres | undefined;
if (!env.databaseUrl) embedded = await startEmbeddedPostgres(join(env.dataDir, 'pglite'));
const orm = await openDatabase({
  databaseUrl: env.databaseUrl ?? (embedded as EmbeddedPostgres).databaseUrl,
  migrate: true,
  ...(embedded ? { poolMax: 1 } : {}),
});
try {
  const resealed = await orm.em.fork().transactional((em) => reencryptHotlineData(em, keyring));
  console.log(`Re-encrypted ${resealed} hotline values under key ${keyring.currentKeyId}.`);
} finally {
  await orm.close(true);
  await embedded?.close();
}
