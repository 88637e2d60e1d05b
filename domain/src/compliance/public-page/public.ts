// Publication and the public page (§9.4, §9.5, §10, §11): the cartogram, quarterly reports, proposals.
export * from './public-page.entity.js';
export * from './public-settings.js';
export * from './publishable-risks.js';
export * from './quarterly-reports.js';
export * from './proposals.js';
export * from './public-cartogram.js';
export * from './work-items.js';
