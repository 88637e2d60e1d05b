// The culture chapter's GraphQL types (§31–§35, §68), one file per part.

// the yearly plan (§35.1), its activities, their report and evidence
import './culture-activity.js';
import './culture-plan.js';
import './culture-events.js';
import './culture-linkables.js';

// the materials library (§32.2, §35.6)
import './material.js';
import './materials-library.js';
// the anonymous culture survey (§68)
import './survey.js';
import './survey-results.js';
