import { MATERIAL_ENTITIES } from './materials/material.entity.js';
import { PLAN_ENTITIES } from './plans/plan-entities.js';
import { SURVEY_ENTITIES } from './surveys/survey.entity.js';

/** The culture context's entities, each area adding its own. */
export const CULTURE_ENTITIES = [...PLAN_ENTITIES, ...MATERIAL_ENTITIES, ...SURVEY_ENTITIES];
