// The anti-corruption culture (methodology chapter 4, §31–§35): what the context offers the gateway and the seed.
export * from './culture-roles.js';

// the yearly plan, its activities and evidence (§35)
export * from './plans/public.js';
// the materials library (§32.2, §35.6)
export * from './materials/public.js';
// the anonymous culture survey (§68)
export * from './surveys/public.js';
