// The corruption-risk elimination plan (§9.3): its measures, their progress and their KPIs.
export * from './mitigation.entity.js';
export * from './plans.js';
export * from './measures.js';
export * from './plan-view.js';
export * from './rescore.js';
export * from './kpis.js';
export * from './work-items.js';
