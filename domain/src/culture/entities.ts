import { MATERIAL_ENTITIES } from './materials/material.entity.js';
import { PLAN_ENTITIES } from './plans/plan-entities.js';

/** The culture context's entities, each area adding its own. */
export const CULTURE_ENTITIES = [...PLAN_ENTITIES, ...MATERIAL_ENTITIES];
