import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { readImportTable, type ImportFile } from '../../org/import-table.js';
import { importProblems } from '../../org/people-import-rows.js';
import { CONFLICT_CONCLUDERS } from '../conflicts/conflict-roles.js';
import { parseWatchlistRows, watchlistShape, type WatchlistRow } from './watchlist-rows.js';
import type { WatchlistKind } from './watchlist.entity.js';

/** Rows written by one statement: a few megabytes of JSON at most. */
const INSERT_BATCH = 5000;

export interface WatchlistImportReport {
  kind: WatchlistKind;
  entryCount: number;
  /** How many entries the list held before this file replaced them. */
  replaced: number;
}

/**
 * Loads a list the matching reads (see watchlist.entity.ts) from a register's export, CSV or
 * XLSX, replacing the list as it was: the register is the source, so the file is the whole list.
 * All or nothing — any row's problem refuses the file with every problem, and the list stays.
 */
export async function importConflictWatchlist(
  em: EntityManager,
  actor: Actor,
  kind: WatchlistKind,
  file: ImportFile,
  now: Date,
): Promise<WatchlistImportReport> {
  requireAnyRole(actor, CONFLICT_CONCLUDERS, 'load a list for the conflict-of-interest matching');
  const parsed = parseWatchlistRows(kind, await readImportTable(file, watchlistShape(kind)));
  if (parsed.errors.length > 0)
    throw ValidationError.because('import.rowProblems', importProblems(parsed.errors));
  return replaceWatchlist(em, actor, kind, file.filename, parsed.rows, now);
}

/** The list becomes these rows, checked already. */
export async function replaceWatchlist(
  em: EntityManager,
  actor: Actor,
  kind: WatchlistKind,
  filename: string,
  rows: readonly WatchlistRow[],
  now: Date,
): Promise<WatchlistImportReport> {
  requireAnyRole(actor, CONFLICT_CONCLUDERS, 'load a list for the conflict-of-interest matching');
  // One load of the organisation's lists at a time: two files sent at once leave one whole list, never a mix.
  await em.execute('select id from organization where id = ? for no key update', [actor.organizationId]);
  const [previous] = await em.execute<{ id: string; entry_count: number }[]>(
    'select id, entry_count from conflict_watchlist where organization_id = ? and kind = ?',
    [actor.organizationId, kind],
  );
  const watchlistId = previous?.id ?? newId();
  if (previous) {
    await em.execute('delete from conflict_watchlist_entry where watchlist_id = ?', [watchlistId]);
    await em.execute(
      'update conflict_watchlist set filename = ?, entry_count = ?, imported_by_id = ?, imported_at = ? where id = ?',
      [filename.slice(0, 255), rows.length, actor.personId, now, watchlistId],
    );
  } else {
    await em.execute(
      `insert into conflict_watchlist (id, organization_id, kind, filename, entry_count, imported_by_id, imported_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
      [watchlistId, actor.organizationId, kind, filename.slice(0, 255), rows.length, actor.personId, now],
    );
  }
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await insertEntries(em, actor.organizationId, watchlistId, rows.slice(start, start + INSERT_BATCH));
  }
  const report: WatchlistImportReport = {
    kind,
    entryCount: rows.length,
    replaced: previous ? Number(previous.entry_count) : 0,
  };
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_watchlist.imported',
    entityType: 'ConflictWatchlist',
    entityId: watchlistId,
    data: { filename, ...report },
  });
  return report;
}

/** Set-based: the batch goes as one JSON document that PostgreSQL unpacks into rows. */
async function insertEntries(
  em: EntityManager,
  organizationId: string,
  watchlistId: string,
  rows: readonly WatchlistRow[],
): Promise<void> {
  const records = rows.map((r) => ({
    id: newId(),
    row: r.row,
    full_name: r.fullName,
    iin: r.iin,
    birth_date: r.birthDate,
    bin: r.bin,
    company_name: r.companyName,
    role: r.role,
    dismissed_on: r.dismissedOn,
    employer: r.employer,
  }));
  await em.execute(
    `insert into conflict_watchlist_entry
       (id, organization_id, watchlist_id, "row", full_name, iin, birth_date, bin, company_name, role, dismissed_on, employer)
     select x.id, ?, ?, x.row, x.full_name, x.iin, x.birth_date, x.bin, x.company_name, x.role, x.dismissed_on, x.employer
       from json_to_recordset(cast(? as json)) as x(id uuid, "row" int, full_name text, iin text, birth_date date,
            bin text, company_name text, role text, dismissed_on date, employer text)`,
    [organizationId, watchlistId, JSON.stringify(records)],
  );
}
