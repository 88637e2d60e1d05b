// The outside lists the conflict-of-interest matching reads (§14's quarterly analysis).
export {
  ConflictWatchlist,
  ConflictWatchlistEntry,
  SUPPLIER_ROLES,
  WATCHLIST_KINDS,
  type SupplierRole,
  type WatchlistKind,
} from './watchlist.entity.js';
export { MAX_WATCHLIST_ROWS, WATCHLIST_COLUMNS } from './watchlist-rows.js';
export { importConflictWatchlist, type WatchlistImportReport } from './watchlist-import.js';
export { conflictWatchlists, type WatchlistSummary } from './watchlists.js';
