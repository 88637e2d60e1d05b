// The self-assessment (§73): the process catalogue, internal audit coverage, the quarter's draw,
// its findings and the improvement plan.
export * from './quarter.js';
export * from './process.entity.js';
export * from './self-assessment.entity.js';
export * from './process-view.js';
export * from './processes.js';
export * from './draw.js';
export * from './self-assessment-view.js';
export * from './findings.js';
export * from './improvement-reminders.js';
import './kpis.js';
import './work-items.js';
