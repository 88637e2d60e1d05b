import { MATERIAL_ENTITIES } from './materials/material.entity.js';

/** The culture context's entities, each area adding its own. */
export const CULTURE_ENTITIES = [...MATERIAL_ENTITIES];
