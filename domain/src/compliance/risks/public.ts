// The corruption-risk register and map (§8–§11, Annex 1).
export * from './risk.entity.js';
export * from './risk-level.js';
