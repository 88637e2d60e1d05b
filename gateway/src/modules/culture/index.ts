// The culture chapter's GraphQL types (§31–§35, §68), one file per part.

// the anonymous culture survey (§68)
import './survey.js';
import './survey-results.js';
