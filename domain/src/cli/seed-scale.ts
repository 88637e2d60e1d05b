// Builds the benchmarks' holding into a database of its own (docs/performance.md):
//   node scripts/adal.mjs seed:scale --people 100000 [--seed 1] [--database adal_scale]
// The database is dropped and made anew on the server of DATABASE_URL (the local PostgreSQL by
// default); its keys are written to .data/scale/<database>.env, so a gateway can be started on it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createScaleDatabase } from '../../seeders/scale/scale-database.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    database: { type: 'string', default: 'adal_scale' },
  },
});
const people = Number(values.people);
if (!Number.isInteger(people) || people < 100)
  throw new Error('--people takes a whole number of at least 100');

const adminUrl = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
console.log(`building a holding of ${people} people (seed ${values.seed}) into ${values.database}`);
const scale = await createScaleDatabase({
  adminUrl,
  name: values.database,
  people,
  seed: Number(values.seed),
  progress: (step, seconds) => console.log(`  ${step} (${seconds.toFixed(1)} s)`),
});
const folder = resolve(import.meta.dirname, '../../../.data/scale');
await mkdir(folder, { recursive: true });
const file = join(folder, `${values.database}.env`);
await writeFile(
  file,
  Object.entries(scale.environment)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n') + '\n',
  { mode: 0o600 },
);
const r = scale.result;
console.log(
  `done in ${r.seconds.toFixed(0)} s: ${r.people} people, ${r.units} units, ${r.enrolments} enrolments, ` +
    `${r.attempts} attempts (${r.answers} answers, ${r.certificates} certificates), ${r.cases} hotline cases ` +
    `(${r.messages} messages), ${r.auditEvents} audit events; keys in ${file}`,
);
