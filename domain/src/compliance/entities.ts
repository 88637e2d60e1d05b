import { RISK_ENTITIES } from './risks/risk.entity.js';
import { SERVICE_ENTITIES } from './service/service-entities.js';
import { SELF_ASSESSMENT_ENTITIES } from './self-assessment/self-assessment.entity.js';
import { MITIGATION_ENTITIES } from './mitigation/mitigation.entity.js';
import { PUBLIC_PAGE_ENTITIES } from './public-page/public-page.entity.js';
import { PROGRAMME_ENTITIES } from './programme/programme.entity.js';
import { BOARD_ENTITIES } from './board/board.entity.js';

/** The compliance programme context's entities, each area adding its own. */
export const COMPLIANCE_ENTITIES = [
  ...RISK_ENTITIES,
  ...SERVICE_ENTITIES,
  ...SELF_ASSESSMENT_ENTITIES,
  ...MITIGATION_ENTITIES,
  ...PUBLIC_PAGE_ENTITIES,
  ...PROGRAMME_ENTITIES,
  ...BOARD_ENTITIES,
] as const;
