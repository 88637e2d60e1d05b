// Declarations (methodology chapters 2–3, §72): what the context offers the gateway and the seed.
export * from './declarations-roles.js';
export * from './relatives/relation.js';
export * from './relatives/bin.js';
export * from './relatives/related-person.entity.js';
export * from './relatives/related-persons.js';
export * from './register/conflict-register-entry.entity.js';
export * from './register/open-register-entry.js';
// conflicts of interest (§12–§16, Annex 2)
export * from './conflicts/public.js';

// declaration campaigns (§72)
export * from './campaigns/public.js';

// gifts, trips and hospitality (§17–§20)
export * from './gifts/public.js';

// financial-declaration notices (§21–§29) and the foreign-account check (§30)
export * from './financial/public.js';

// the outside lists the conflict matching reads (suppliers' founders and managers, dismissals for corruption)
export * from './watchlists/public.js';
