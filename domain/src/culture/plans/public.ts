// The yearly culture plan (§35): what the gateway and the seed use.
export * from './culture-plan.entity.js';
export * from './culture-activity.entity.js';
export * from './plan-rules.js';
export * from './plan-snapshot.js';
export * from './plan-view.js';
export * from './plans.js';
export * from './activities.js';
export * from './activity-report.js';
export * from './my-events.js';
export * from './target-indicator.js';
export * from './work-items.js';
export * from './plan-export.js';
export * from './activity-reminders.js';
export * from './kpis.js';
export * from './linkables.js';
