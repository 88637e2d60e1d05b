// The periodic report to the board (§66, §69) and management's part in the programme (§74.2).
export * from './board.entity.js';
export * from './board-figures.js';
export * from './board-reports.js';
export * from './management-plan.js';
export * from './kpis.js';
export * from './work-items.js';
