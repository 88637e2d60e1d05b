import { SERVICE_ENTITIES } from './service/service-entities.js';

/** The compliance programme context's entities, each area adding its own. */
export const COMPLIANCE_ENTITIES = [...SERVICE_ENTITIES] as const;
