import { RISK_ENTITIES } from './risks/risk.entity.js';

/** The compliance programme context's entities, each area adding its own. */
export const COMPLIANCE_ENTITIES = [...RISK_ENTITIES] as const;
