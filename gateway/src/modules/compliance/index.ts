// The compliance programme's GraphQL types (§2, §8–§11, §53–§75), one file per part.

// the corruption-risk register and map (§8–§11, Annex 1)
import './risk.js';
import './risk-map.js';
import './risk-import.js';
