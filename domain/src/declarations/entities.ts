import { CAMPAIGN_ENTITIES } from './campaigns/campaign.entity.js';
import { ConflictRegisterEntry } from './register/conflict-register-entry.entity.js';
import { RelatedPerson } from './relatives/related-person.entity.js';
import { GIFT_ENTITIES } from './gifts/gift-entities.js';
import { FINANCIAL_DECLARATION_ENTITIES } from './financial/entities.js';
import { CONFLICT_ENTITIES } from './conflicts/conflict-entities.js';
import { ConflictWatchlist, ConflictWatchlistEntry } from './watchlists/watchlist.entity.js';

/** The declarations context's entities, each area adding its own. */
export const DECLARATIONS_ENTITIES = [
  RelatedPerson,
  ConflictRegisterEntry,
  ...CONFLICT_ENTITIES,
  ConflictWatchlist,
  ConflictWatchlistEntry,
  ...CAMPAIGN_ENTITIES,
  ...GIFT_ENTITIES,
  ...FINANCIAL_DECLARATION_ENTITIES,
];
