// §2, §53–§63, §67: the standard, the compliance service and the programme checklist.
export * from './standard.entity.js';
export * from './standard.js';
export * from './compliance-service.entity.js';
export * from './compliance-service.js';
export * from './checklist-item.entity.js';
export * from './policy-checklist.js';
export * from './kpis.js';
