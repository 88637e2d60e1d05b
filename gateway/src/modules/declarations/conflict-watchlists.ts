import {
  CONFLICT_CONCLUDERS,
  CONFLICT_REGISTER_READERS,
  SUPPLIER_ROLES,
  WATCHLIST_KINDS,
  conflictWatchlists,
  importConflictWatchlist,
  type WatchlistImportReport,
  type WatchlistSummary,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from '../hotline/person-ref.js';
import { FileScalar } from '../kernel/file.js';

// The outside lists the §14 matching reads: suppliers' founders and managers, and people dismissed
// for corruption, each loaded whole from a register's export.

export const ConflictWatchlistKindEnum = builder.enumType('ConflictWatchlistKind', {
  description: "Suppliers' founders and managers, or people dismissed for corruption offences.",
  values: WATCHLIST_KINDS,
});

export const SupplierRoleEnum = builder.enumType('SupplierRole', {
  description: "A supplier's founder (participant) or manager (director).",
  values: SUPPLIER_ROLES,
});

type Loaded = NonNullable<WatchlistSummary['loaded']>;
const LoadedRef = builder.objectRef<Loaded>('ConflictWatchlistLoad');

builder.objectType(LoadedRef, {
  fields: (t) => ({
    filename: t.exposeString('filename'),
    entryCount: t.exposeInt('entryCount'),
    importedAt: t.field({ type: 'DateTime', resolve: (l) => l.importedAt }),
    importedBy: t.field({ type: PersonRefType, resolve: (l) => l.importedBy }),
  }),
});

const WatchlistRef = builder.objectRef<WatchlistSummary>('ConflictWatchlist');

builder.objectType(WatchlistRef, {
  fields: (t) => ({
    kind: t.field({ type: ConflictWatchlistKindEnum, resolve: (w) => w.kind }),
    columns: t.stringList({ description: 'The columns a file is read by.', resolve: (w) => [...w.columns] }),
    loaded: t.field({ type: LoadedRef, nullable: true, resolve: (w) => w.loaded }),
  }),
});

builder.queryField('conflictWatchlists', (t) =>
  t.withAuth({ anyRole: CONFLICT_REGISTER_READERS }).field({
    type: [WatchlistRef],
    description: 'The lists the conflict matching reads, each with the file it was last loaded from.',
    resolve: (_root, _args, context) => conflictWatchlists(context.em, context.actor),
  }),
);

const ImportReportRef = builder.objectRef<WatchlistImportReport>('ConflictWatchlistImportReport');

builder.objectType(ImportReportRef, {
  fields: (t) => ({
    kind: t.field({ type: ConflictWatchlistKindEnum, resolve: (r) => r.kind }),
    entryCount: t.exposeInt('entryCount'),
    replaced: t.exposeInt('replaced', { description: 'How many entries the list held before.' }),
  }),
});

builder.mutationField('importConflictWatchlist', (t) =>
  t.withAuth({ anyRole: CONFLICT_CONCLUDERS }).field({
    type: ImportReportRef,
    description:
      'Loads a list from a CSV or XLSX export, replacing it whole. Any bad row fails the load with a VALIDATION ' +
      'error whose extensions.errors lists { row, column, message } for every problem; the list stays as it was.',
    args: {
      kind: t.arg({ type: ConflictWatchlistKindEnum, required: true }),
      file: t.arg({ type: FileScalar, required: true }),
    },
    resolve: async (_root, { kind, file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importConflictWatchlist(em, context.actor, kind, { filename: file.name, content }, new Date()),
      );
    },
  }),
);
