// The compliance programme's GraphQL types (§2, §8–§11, §53–§75), one file per part.

// the standard (§2), the compliance service (§53–§63) and the §67 checklist
import './standard.js';
import './compliance-service.js';
import './policy-checklist.js';
// the self-assessment (§73): the process catalogue, internal audit coverage, the draw, findings, improvements
import './process.js';
import './self-assessment.js';
// the corruption-risk register and map (§8–§11, Annex 1)
import './risk.js';
import './risk-map.js';
import './risk-import.js';
// the corruption-risk elimination plan (§9.3) and the public page (§9.4–§11)
import './mitigation.js';
import './public-page.js';
// the initial internal assessment (§64) and the one-year programme by its directions (§65–§72)
import './programme.js';
// the periodic report to the board (§66, §69) and the management plan (§74.2)
import './board.js';
