// The anti-corruption culture (methodology chapter 4, §31–§35): what the context offers the gateway and the seed.
export * from './culture-roles.js';

// the anonymous culture survey (§68)
export * from './surveys/public.js';
