// `npm run bench` (scripts/adal.mjs bench): every benchmark of the suite, one after another on this
// machine, and one table of their figures beside their floors and goals at the end. Against
// throwaway databases on the local PostgreSQL (or DATABASE_URL's server).
//   --smoke           small sizes and short runs: proves each still runs (CI); no figure is read
//   --people N        the scale holding's size (100 000; 2 000 in smoke mode)
//   --reuse NAME      read the holding `seed:scale --database NAME` built instead of building one
//   --only a,b        run only these parts (micro, reads, writes, load, browser, queries)
import { cpus, totalmem } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { REPOSITORY_ROOT } from '../src/harness/paths';
import { formatTable, type BenchRow } from './report/bench-row';
import type { BenchOptions } from './report/bench-options';
import { runBrowser } from './browser/run-browser';
import { runLoad } from './load/exam-load';
import { runMicro } from './micro/kpi-round-trip';
import { runQueries } from './queries/queries';
import { runWrites } from './writes/writes';
import { runKpiView } from './scale/kpi-view';
import { runReads } from './scale/reads';
import { ADMIN_URL, startScaleStack } from './scale/scale-stack';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    people: { type: 'string' },
    reuse: { type: 'string' },
    only: { type: 'string' },
  },
});
const options: BenchOptions = { smoke: values.smoke };
const people = Number(values.people ?? (options.smoke ? 2000 : 100_000));
const only = values.only ? new Set(values.only.split(',')) : null;

const parts: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'micro', run: () => runMicro(options) },
  {
    name: 'reads',
    run: async () => {
      const stack = await startScaleStack({ people, reuse: values.reuse });
      try {
        const rows = [...(await runReads(stack, options)), ...(await runKpiView(stack, options))];
        if (stack.seedSeconds !== null) {
          rows.unshift({
            group: rows[0]?.group ?? 'reads at scale',
            operation: `seed:scale, ${stack.people} people`,
            figure: `${Math.round(stack.seedSeconds)} s`,
            goal: 'minutes',
            met: options.smoke ? null : stack.seedSeconds < 15 * 60,
          });
        }
        return rows;
      } finally {
        await stack.close();
      }
    },
  },
  { name: 'writes', run: () => runWrites({ ...options, people }) },
  { name: 'queries', run: () => runQueries(options) },
  { name: 'browser', run: () => runBrowser(options) },
  // The shortened exam profile; the published one is `npm run bench:load -- --users 3000 --ramp 180 --think 30-90`.
  { name: 'load', run: () => runLoad(options) },
];

async function machine(): Promise<string> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return `${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, PostgreSQL ${rows[0]?.server_version}, Node ${process.version}`;
  } finally {
    await client.end();
  }
}

const folder = join(REPOSITORY_ROOT, '.data', 'bench');
await mkdir(folder, { recursive: true });
const results = join(folder, 'results.jsonl');
await rm(results, { force: true });
const failed: string[] = [];
for (const part of parts) {
  if (only && !only.has(part.name)) continue;
  console.log(`\n• ${part.name}${options.smoke ? ' (smoke)' : ''}`);
  const started = performance.now();
  try {
    const rows = await part.run();
    await writeFile(results, rows.map((row) => JSON.stringify(row) + '\n').join(''), { flag: 'a' });
    console.log(formatTable(rows));
    // Each part's time, so that a slower run (CI's smoke step among them) says which part grew.
    console.log(`(${part.name}: ${Math.round((performance.now() - started) / 1000)} s)`);
  } catch (error) {
    // A part that breaks (a wrong result, a crash) fails the run; a slow figure never does.
    failed.push(part.name);
    console.error(`✗ ${part.name}:`, error);
  }
}
const rows = (await readFile(results, 'utf8').catch(() => ''))
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as BenchRow);
const report = `# Benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${await machine()}\n${formatTable(rows)}\n`;
await writeFile(join(folder, 'latest.md'), report);
console.log(`\n${report}\n(also in .data/bench/latest.md)`);
if (failed.length > 0) {
  console.error(`Benchmarks that did not run through: ${failed.join(', ')}`);
  process.exit(1);
}
