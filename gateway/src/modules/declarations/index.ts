// The declarations' GraphQL types (§12–§30, §72), one file per part.
import './related-person.js';
// conflicts of interest
import './conflicts.js';
import './conflicts-analysis.js';

// campaigns

// gifts, trips and hospitality

// financial-declaration notices and foreign accounts
