// Generates a migration from the difference between the entities and the database at
// DATABASE_URL, which is first migrated up to the last committed migration.
//   pnpm --filter @adal/domain run migration:create                 schema diff
//   pnpm --filter @adal/domain run migration:create --initial       first migration, empty database
//   pnpm --filter @adal/domain run migration:create --blank <name>  hand-written SQL (triggers, special indexes)
import { openDatabase } from '../database/open-database.js';

const databaseUrl = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/adal_dev';
const args = process.argv.slice(2);
const initial = args.includes('--initial');
const blankIndex = args.indexOf('--blank');
const blankName = blankIndex >= 0 ? args[blankIndex + 1] : undefined;

const orm = await openDatabase({ databaseUrl, migrate: !initial });
try {
  const result = await orm.migrator.create(undefined, blankIndex >= 0, initial, blankName);
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
} finally {
  await orm.close(true);
}
