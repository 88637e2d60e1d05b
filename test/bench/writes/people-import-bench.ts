import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { importPeople, Person, type Actor, type MikroORM } from '@adal/domain';
import { buildOrganization } from '@adal/domain/testing';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchRow } from '../report/bench-row.js';
import { MEGABYTE, measureMemory, megabytes, type MemoryGrowth } from './memory-peak.js';
import { staffCsv, staffRow, staffXlsx } from './staff-files.js';

export const GROUP = 'writes at scale';

interface ImportRun {
  seconds: number;
  growth: MemoryGrowth;
  /** The admin of the organisation the people were imported into. */
  admin: Actor;
}

/**
 * Imports `content` into a fresh organisation as its org admin would, in one transaction: timed,
 * or with its memory sampled (which slows it).
 */
async function importInto(
  orm: MikroORM,
  filename: string,
  content: Uint8Array,
  people: number,
  measure: 'time' | 'memory',
): Promise<ImportRun> {
  const em = orm.em.fork();
  const { admin, organization } = await buildOrganization(em);
  const work = () =>
    em.fork().transactional((tx) => importPeople(tx, admin, { filename, content }, { createOrgUnits: true }));
  const started = performance.now();
  const growth = measure === 'memory' ? (await measureMemory(work)).growth : (await work(), undefined);
  const seconds = (performance.now() - started) / 1000;
  const stored = await orm.em.fork().count(Person, { organization: organization.id });
  // The organisation's admin was there before.
  if (stored !== people + 1) throw new Error(`${filename}: ${stored - 1} people stored, ${people} expected`);
  return { seconds, growth: growth ?? { rssBytes: 0, heapBytes: 0 }, admin };
}

/** The floor: the same people written by one COPY into the same table, each with its unit and post known. */
async function copyPeople(orm: MikroORM, databaseUrl: string, people: number): Promise<number> {
  const em = orm.em.fork();
  const { organization, root } = await buildOrganization(em);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const lines = function* (): Generator<string> {
      for (let index = 0; index < people; index += 1) {
        const [email, fullName, , , , , hiredAt, locale] = staffRow(index);
        yield `${randomUUID()}\t${organization.id}\t${fullName}\t${email}\t${locale}\t${root.id}\t${hiredAt}\ttrue\t2026-12-01 00:00:00+00\n`;
      }
    };
    const started = performance.now();
    await client.query('begin');
    await pipeline(
      Readable.from(lines()),
      client.query(
        copyFrom(
          'copy person (id, organization_id, full_name, email, locale, org_unit_id, hired_at, active, created_at) from stdin',
        ),
      ),
    );
    await client.query('commit');
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

function perSecond(rows: number, seconds: number): string {
  return `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`;
}

/**
 * The people import (file read in its worker, rows checked, people written) of `people` rows from
 * CSV and from XLSX beside COPY of the same rows, and the memory it takes for a tenth of them and
 * for all of them: a streamed import grows by about the same for both.
 */
export async function benchPeopleImport(
  orm: MikroORM,
  databaseUrl: string,
  people: number,
  smoke: boolean,
): Promise<{ rows: BenchRow[]; imported: Actor }> {
  const small = Math.max(1, Math.round(people / 10));
  const copySeconds = await copyPeople(orm, databaseUrl, people);
  const rows: BenchRow[] = [];
  let imported: Actor | null = null;
  for (const format of ['csv', 'xlsx'] as const) {
    const file = async (n: number) => (format === 'csv' ? staffCsv(n) : await staffXlsx(n));
    const smallRun = await importInto(orm, `staff-small.${format}`, await file(small), small, 'memory');
    const content = await file(people);
    const memoryRun = await importInto(orm, `staff-memory.${format}`, content, people, 'memory');
    const run = await importInto(orm, `staff.${format}`, content, people, 'time');
    imported ??= run.admin;
    const ratio = run.seconds / copySeconds;
    rows.push({
      group: GROUP,
      operation: `import ${people} people from ${format.toUpperCase()} (${megabytes(content.byteLength)})`,
      figure: `${perSecond(people, run.seconds)} (${run.seconds.toFixed(1)} s)`,
      floor: `COPY ${perSecond(people, copySeconds)}`,
      ratio,
      goal: '≥ 25 % of COPY’s rows/s (≤ 4×)',
      met: smoke ? null : ratio <= 4,
    });
    const growthRatio = memoryRun.growth.heapBytes / Math.max(smallRun.growth.heapBytes, MEGABYTE);
    rows.push({
      group: GROUP,
      operation: `import memory, ${format.toUpperCase()}: ${small} → ${people} rows`,
      figure:
        `live heap +${megabytes(smallRun.growth.heapBytes)} → +${megabytes(memoryRun.growth.heapBytes)}, ` +
        `RSS +${megabytes(smallRun.growth.rssBytes)} → +${megabytes(memoryRun.growth.rssBytes)}`,
      ratio: growthRatio,
      goal: 'flat: 10× the rows, ≤ 2× the live heap growth',
      met: smoke ? null : growthRatio <= 2,
    });
  }
  if (!imported) throw new Error('no import ran');
  return { rows, imported };
}
