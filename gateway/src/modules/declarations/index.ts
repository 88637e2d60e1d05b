// The declarations' GraphQL types (§12–§30, §72), one file per part.
import './related-person.js';
// conflicts of interest
import './conflicts.js';
import './conflict-watchlists.js';
import './conflicts-analysis.js';

// campaigns (and My declarations, which each part extends)
import './my-declarations.js';
import './campaign.js';
import './campaign-supplier.js';

// gifts, trips and hospitality
import './gifts.js';

// financial-declaration notices and foreign accounts
import './financial-declarations.js';
import './declaration-rule-changes.js';
import './financial-publications.js';
import './declaration-meetings.js';
import './financial-foreign-accounts.js';
