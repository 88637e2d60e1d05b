import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { CONFLICT_REGISTER_READERS } from '../conflicts/conflict-roles.js';
import { ConflictWatchlist, WATCHLIST_KINDS, type WatchlistKind } from './watchlist.entity.js';
import { WATCHLIST_COLUMNS } from './watchlist-rows.js';

export interface WatchlistSummary {
  kind: WatchlistKind;
  /** The columns a file of this list is read by, for the page to show. */
  columns: readonly string[];
  /** Null until a file is loaded. */
  loaded: {
    filename: string;
    entryCount: number;
    importedAt: Date;
    importedBy: { id: string; fullName: string };
  } | null;
}

/** Each list the matching reads, and the file it was last loaded from. */
export async function conflictWatchlists(em: EntityManager, actor: Actor): Promise<WatchlistSummary[]> {
  requireAnyRole(actor, CONFLICT_REGISTER_READERS, 'see the lists the conflict-of-interest matching reads');
  const lists = await em.find(
    ConflictWatchlist,
    { organization: actor.organizationId },
    { populate: ['importedBy'] },
  );
  return WATCHLIST_KINDS.map((kind) => {
    const list = lists.find((l) => l.kind === kind);
    return {
      kind,
      columns: WATCHLIST_COLUMNS[kind],
      loaded: list
        ? {
            filename: list.filename,
            entryCount: list.entryCount,
            importedAt: list.importedAt,
            importedBy: { id: list.importedBy.id, fullName: list.importedBy.fullName },
          }
        : null,
    };
  });
}
