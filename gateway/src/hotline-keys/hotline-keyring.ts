import {
  generateHotlineKeyring,
  parseHotlineKeyring,
  serializeHotlineKeyring,
  type HotlineKeyring,
} from '@adal/domain';
import type { GatewayEnvironment } from '../config.js';
import {
  GENERATE_BASE64_KEY,
  loadDeploymentSecret,
  type DeploymentSecret,
} from '../secrets/deployment-secret.js';

/** The demo's generated keys, beside its embedded database. */
export const HOTLINE_KEY_FILE = 'hotline-keys.json';

/** The hotline's encryption keys and receipt pepper (ADR 007): never in the database they protect. */
export const HOTLINE_KEYS_SECRET: DeploymentSecret<'keys' | 'pepper'> = {
  description: "the hotline's encryption keys",
  variables: { keys: 'ADAL_HOTLINE_KEYS', pepper: 'ADAL_HOTLINE_RECEIPT_PEPPER' },
  howToGenerate:
    `Generate the key and the pepper each with \`${GENERATE_BASE64_KEY}\`, then set ` +
    'ADAL_HOTLINE_KEYS="k1:<key>" and ADAL_HOTLINE_RECEIPT_PEPPER="<pepper>".',
  demoFile: HOTLINE_KEY_FILE,
  generate: () => serializeHotlineKeyring(generateHotlineKeyring()),
};

/** The hotline keyring of this deployment: configured, or the demo's own (see secrets/). */
export async function loadHotlineKeyring(
  env: Pick<GatewayEnvironment, 'hotlineKeys' | 'demo' | 'dataDir'>,
): Promise<HotlineKeyring> {
  const { keys, pepper } = await loadDeploymentSecret(HOTLINE_KEYS_SECRET, {
    configured: env.hotlineKeys,
    demo: env.demo,
    dataDir: env.dataDir,
  });
  return parseHotlineKeyring(keys, pepper);
}
