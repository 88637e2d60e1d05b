// The declarations' GraphQL types (§12–§30, §72), one file per part.
import './related-person.js';
// conflicts of interest

// campaigns

// gifts, trips and hospitality
import './gifts.js';

// financial-declaration notices and foreign accounts
