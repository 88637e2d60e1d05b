// The hotline's GraphQL types (§69); the protection types (§39–§41) are added by protection-index.ts.
import './person-ref.js';
import './enums.js';
import './intake-organization.js';
import './hotline-receipt.js';
import './reporter-report.js';
import './hotline-case-summary.js';
import './hotline-case.js';
import './hotline-attachment-meta.js';
import './hotline-staff-message.js';
import './hotline-note.js';
import './hotline-case-handling.js';
import './investigator-candidate.js';
import './hotline-recommendation.js';
import './identity-disclosure.js';
import './hotline-settings.js';
import './hotline-dashboard.js';
import './protection-index.js';
