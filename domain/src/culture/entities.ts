import { PLAN_ENTITIES } from './plans/plan-entities.js';

/** The culture context's entities, each area adding its own. */
export const CULTURE_ENTITIES = [...PLAN_ENTITIES];
