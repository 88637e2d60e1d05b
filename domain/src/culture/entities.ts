/** The culture context's entities, each area adding its own. */
export const CULTURE_ENTITIES: never[] = [];
