// The corruption-risk register and map (§8–§11, Annex 1).
export * from './risk.entity.js';
export * from './risk-level.js';
export * from './risk-input.js';
export * from './risk-view.js';
export * from './risk-scale.js';
export * from './risks.js';
export * from './risk-list.js';
export { RISK_CHOOSERS, riskChoices, riskChoicesByIds, type RiskChoice } from './risk-answers.js';
export * from './heat-map.js';
export * from './remapping.js';
export { RISK_WORK } from './work-items.js';
export * from './risk-columns.js';
export * from './risk-import.js';
export * from './risk-export.js';
export { RISK_SOURCE_KINDS, riskProposal, type RiskProposal, type RiskSourceKind } from './risk-source.js';
export { RISKS_MITIGATED_KPI } from './kpis.js';
