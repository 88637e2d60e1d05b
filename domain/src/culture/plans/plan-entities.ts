import { CultureActivity, CultureEvidence } from './culture-activity.entity.js';
import { CulturePlan, CulturePlanVersion } from './culture-plan.entity.js';

export const PLAN_ENTITIES = [CulturePlan, CulturePlanVersion, CultureActivity, CultureEvidence];
