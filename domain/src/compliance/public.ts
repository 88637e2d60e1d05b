// The compliance programme (methodology §2, chapter 1 §8–§11, chapter 8 §53–§75): what the context
// offers the gateway and the seed.
export * from './compliance-roles.js';
export * from './service/public.js';

// the self-assessment: process catalogue, internal audit coverage, the draw, findings, improvement plan (§73)
export * from './self-assessment/public.js';

// the corruption-risk register and map (§8–§11, Annex 1)
export * from './risks/public.js';

// the corruption-risk elimination plan (§9.3) and the public page (§9.4–§11)
export * from './mitigation/public.js';
export * from './public-page/public.js';

// the initial internal assessment (§64) and the one-year programme by its directions (§65–§72)
export * from './programme/public.js';
// the periodic report to the board (§66, §69) and management's part in the programme (§74.2)
export * from './board/public.js';
