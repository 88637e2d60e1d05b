// The compliance programme's GraphQL types (§2, §8–§11, §53–§75), one file per part.

// the corruption-risk elimination plan (§9.3) and the public page (§9.4–§11)
import './mitigation.js';
import './public-page.js';
