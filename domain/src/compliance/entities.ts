/** The compliance programme context's entities, each area adding its own. */
export const COMPLIANCE_ENTITIES = [] as const;
