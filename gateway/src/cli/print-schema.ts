import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGatewaySchema } from '../print-schema.js';

// Prints the schema to gateway/schema.graphql; with --check, fails when the committed file is stale
// (CI runs the check so that plugins never generate types from an outdated schema).
const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');
const printed = printGatewaySchema();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('gateway/schema.graphql is stale: run `pnpm schema:print` and commit the result.');
    process.exit(1);
  }
  console.log('gateway/schema.graphql is up to date.');
} else {
  await writeFile(target, printed);
  console.log(`Wrote ${target}`);
}
