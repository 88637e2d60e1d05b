import { SURVEY_ENTITIES } from './surveys/survey.entity.js';

/** The culture context's entities, each area adding its own. */
export const CULTURE_ENTITIES = [...SURVEY_ENTITIES];
