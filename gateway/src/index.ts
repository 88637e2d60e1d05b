export { createGatewayYoga, type GatewayYoga, type GatewayYogaOptions } from './yoga.js';
export { startGateway, type RunningGateway, type StartGatewayOptions } from './start-gateway.js';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres.js';
export { createSigningKey, loadOrCreateSigningKey, type SigningKey } from './auth/signing-key.js';
export { signDevToken, type DevTokenClaims } from './auth/dev-token.js';
export type { PortalJwtOptions } from './auth/token-verifier.js';
export type { GatewayContext } from './context.js';
