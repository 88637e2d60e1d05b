// The one-year compliance programme (§66.1) by its directions (§65–§72), and the initial internal assessment (§64).
export * from './programme.entity.js';
export * from './programme.js';
export * from './programme-view.js';
export * from './aspects.js';
export * from './assessment.js';
export * from './work-items.js';
export * from './kpis.js';
