// Declaration campaigns (§72): the five groups, the questionnaire, submissions, progress, reminders.
export * from './campaign.entity.js';
export * from './campaign-roles.js';
export * from './questionnaire.js';
export * from './declaration-status.js';
export * from './launch-campaign.js';
export * from './submit-declaration.js';
export * from './close-campaign.js';
export * from './campaign-progress.js';
export * from './reminders.js';
export * from './new-hires.js';
export * from './my-campaign-declarations.js';
export * from './supplier-link.js';
export { CAMPAIGN_WORK } from './work-items.js';
export { CAMPAIGN_KPIS, CAMPAIGN_ON_TIME_KPI } from './kpis.js';
