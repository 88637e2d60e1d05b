import { join } from 'node:path';
import {
  generateAuditKeyring,
  parseAuditKeyring,
  serializeAuditKeyring,
  type AuditTrailSettings,
} from '@adal/domain';
import type { GatewayEnvironment } from '../config.js';
import {
  GENERATE_BASE64_KEY,
  loadDeploymentSecret,
  type DeploymentSecret,
} from '../secrets/deployment-secret.js';

/** The demo's generated audit key, beside its embedded database. */
export const AUDIT_KEY_FILE = 'audit-keys.json';
/** The checkpoint folder when ADAL_AUDIT_CHECKPOINT_DIR is unset. */
export const AUDIT_CHECKPOINT_FOLDER = 'audit-checkpoints';

/**
 * §75: the audit chain's keys. A key beside the database would let whoever takes the database
 * recompute the chain, so only the demo generates one (see secrets/).
 */
export const AUDIT_KEYS_SECRET: DeploymentSecret<'keys'> = {
  description: "the audit trail's key",
  variables: { keys: 'ADAL_AUDIT_KEYS' },
  howToGenerate:
    `Generate it with \`${GENERATE_BASE64_KEY}\` and set ADAL_AUDIT_KEYS="a1:<key>"; ` +
    'keep it apart from the database and its backups.',
  demoFile: AUDIT_KEY_FILE,
  generate: () => ({ keys: serializeAuditKeyring(generateAuditKeyring()) }),
};

/** The audit trail's keys and checkpoint folder of this deployment: configured, or the demo's own. */
export async function loadAuditTrailSettings(
  env: Pick<GatewayEnvironment, 'auditKeys' | 'auditCheckpointDir' | 'demo' | 'dataDir'>,
): Promise<AuditTrailSettings> {
  const { keys } = await loadDeploymentSecret(AUDIT_KEYS_SECRET, {
    configured: env.auditKeys,
    demo: env.demo,
    dataDir: env.dataDir,
  });
  return {
    keyring: parseAuditKeyring(keys),
    checkpointDir: env.auditCheckpointDir ?? join(env.dataDir, AUDIT_CHECKPOINT_FOLDER),
  };
}
