import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { NAME_COLLATION } from '../../database/name-collation.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * The outside lists the conflict matching reads (issue of §14's analysis): the founders and
 * managers of the organisation's suppliers, as the state business register or the procurement
 * portal gives them, and the people dismissed for corruption offences, as the Agency's public
 * register gives them. Each is loaded whole from a file and replaced whole by the next one.
 */
export const WATCHLIST_KINDS = ['supplier_people', 'corruption_dismissals'] as const;
export type WatchlistKind = (typeof WATCHLIST_KINDS)[number];

export const SUPPLIER_ROLES = ['founder', 'manager'] as const;
export type SupplierRole = (typeof SUPPLIER_ROLES)[number];

/** A list as last loaded: the file it came from, who loaded it and when. One per kind. */
export const ConflictWatchlist = defineEntity({
  name: 'ConflictWatchlist',
  tableName: 'conflict_watchlist',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    kind: p.enum(WATCHLIST_KINDS),
    filename: p.string().length(255),
    entryCount: p.integer(),
    importedBy: () => p.manyToOne(Person),
    importedAt: p.datetime(),
  },
  uniques: [{ properties: ['organization', 'kind'] }],
  filters: tenantFilter,
});

export type IConflictWatchlist = InferEntity<typeof ConflictWatchlist>;

/**
 * A person on a list: a supplier's founder or manager (with the supplier's BIN and name), or a
 * person dismissed for corruption (the day, the employer). Matched by IIN, or by name and the birth
 * date (given, or read from the IIN); a supplier also by its BIN against where a relative works.
 */
export const ConflictWatchlistEntry = defineEntity({
  name: 'ConflictWatchlistEntry',
  tableName: 'conflict_watchlist_entry',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    watchlist: () => p.manyToOne(ConflictWatchlist).deleteRule('cascade'),
    /** The file's row, for the person who checks the match against the source. */
    row: p.integer(),
    fullName: p.string().length(300).collation(NAME_COLLATION),
    iin: p.string().length(12).nullable(),
    birthDate: p.date().nullable(),
    bin: p.string().length(12).nullable(),
    companyName: p.string().length(500).nullable(),
    role: p.enum(SUPPLIER_ROLES).nullable(),
    dismissedOn: p.date().nullable(),
    employer: p.string().length(500).nullable(),
  },
  indexes: [
    { properties: ['organization', 'iin'] },
    { properties: ['organization', 'bin'] },
    { properties: ['watchlist'] },
  ],
  filters: tenantFilter,
});

export type IConflictWatchlistEntry = InferEntity<typeof ConflictWatchlistEntry>;
