import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { grantBiReader, kpiCatalog, openDatabase, revokeBiReader } from '@adal/domain';
import { readEnvironment } from '../config.js';

// `node scripts/adal.mjs bi:grant --organization <bin> --role <name> --password-file <file>` and
// `node scripts/adal.mjs bi:revoke --organization <bin> --role <name>`: a read-only login for a BI
// tool (Power BI, Metabase, Superset) that sees one organisation's rows of the views in schema
// adal_bi (docs/architecture.md, "Read model for BI tools"). The password is read from a file so
// that it stays out of the shell's history and the process list.
const USAGE = `Usage:
  bi:grant  --organization <BIN> --role <name> --password-file <file>
  bi:revoke --organization <BIN> --role <name>`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    organization: { type: 'string' },
    role: { type: 'string' },
    'password-file': { type: 'string' },
  },
  strict: true,
});
const { organization, role } = values;
const passwordFile = values['password-file'];
if (
  (command !== 'grant' && command !== 'revoke') ||
  !organization ||
  !role ||
  (command === 'grant' && !passwordFile)
) {
  console.error(USAGE);
  process.exit(2);
}

const env = readEnvironment(process.env, root);
if (!env.databaseUrl) {
  // The embedded database serves one connection, the gateway's: a BI tool could never connect.
  console.error(
    'The read model for BI tools needs a PostgreSQL server: set DATABASE_URL (the embedded database takes one connection at a time).',
  );
  process.exit(1);
}
const password = passwordFile ? (await readFile(passwordFile, 'utf8')).replace(/\r?\n$/, '') : '';

const orm = await openDatabase({ databaseUrl: env.databaseUrl, migrate: true, biReadModel: kpiCatalog() });
try {
  const grant = { organizationBin: organization, roleName: role };
  if (command === 'grant') {
    await orm.em.fork().transactional((em) => grantBiReader(em, { ...grant, password }));
    console.log(`${role} may now read organisation ${organization} in schema adal_bi.`);
  } else {
    const { dropped } = await orm.em.fork().transactional((em) => revokeBiReader(em, grant));
    console.log(
      dropped
        ? `${role} no longer reads organisation ${organization}; it read no other, so the role was dropped.`
        : `${role} no longer reads organisation ${organization}.`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await orm.close(true);
}
