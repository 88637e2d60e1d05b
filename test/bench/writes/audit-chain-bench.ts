import { recordAudit, verifyAuditChain, type MikroORM } from '@adal/domain';
import pg from 'pg';
import type { BenchRow } from '../report/bench-row.js';
import { MEGABYTE, measureMemory, megabytes } from './memory-peak.js';
import { GROUP } from './people-import-bench.js';

const EVENTS_PER_TRANSACTION = 2_000;

/** Appends `count` events to the organisation's chain, as many changes of a busy year would. */
async function appendEvents(orm: MikroORM, organizationId: string, count: number): Promise<void> {
  for (let done = 0; done < count; done += EVENTS_PER_TRANSACTION) {
    await orm.em.fork().transactional(async (em) => {
      for (let i = done; i < Math.min(count, done + EVENTS_PER_TRANSACTION); i += 1) {
        await recordAudit(em, null, {
          organizationId,
          action: 'bench.person_changed',
          entityType: 'Person',
          entityId: organizationId,
          data: { change: i, fields: { fullName: `Person ${i}`, locale: 'kk' } },
        });
      }
    });
  }
}

/** The floor: every event of the chain read by one query through `pg`, nothing recomputed. */
async function readAll(databaseUrl: string, organizationId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    await client.query(
      `select seq, at, actor_person_id, action, entity_type, entity_id, data, prev_hash, hash, key_id
         from audit_event where organization_id = $1 order by seq`,
      [organizationId],
    );
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

/** The whole chain verified, timed or with its memory sampled (which slows it). */
async function verify(orm: MikroORM, organizationId: string, measure: 'time' | 'memory') {
  const work = () => verifyAuditChain(orm.em.fork(), organizationId);
  const started = performance.now();
  const { result, growth } =
    measure === 'memory' ? await measureMemory(work) : { result: await work(), growth: undefined };
  if (!result.ok) throw new Error(`the chain does not verify: ${JSON.stringify(result)}`);
  return {
    checked: result.checked,
    seconds: (performance.now() - started) / 1000,
    growth: growth ?? { rssBytes: 0, heapBytes: 0 },
  };
}

/** Verifies the chain over a tenth of `events` and over all of them: events/s and memory. */
export async function benchAuditChain(
  orm: MikroORM,
  databaseUrl: string,
  organizationId: string,
  events: number,
  smoke: boolean,
): Promise<BenchRow[]> {
  const [counted] = await orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>('select count(*) as count from audit_event where organization_id = ?', [
      organizationId,
    ]);
  const tenth = Math.max(0, Math.round(events / 10) - Number(counted?.count ?? 0));
  await appendEvents(orm, organizationId, tenth);
  const small = await verify(orm, organizationId, 'memory');
  await appendEvents(orm, organizationId, events - small.checked);
  const allMemory = await verify(orm, organizationId, 'memory');
  const all = await verify(orm, organizationId, 'time');
  const floorSeconds = await readAll(databaseUrl, organizationId);
  const ratio = all.seconds / floorSeconds;
  const growthRatio = allMemory.growth.heapBytes / Math.max(small.growth.heapBytes, MEGABYTE);
  return [
    {
      group: GROUP,
      operation: `verify the audit chain over ${all.checked} events`,
      figure: `${Math.round(all.checked / all.seconds).toLocaleString('en-US')} events/s (${all.seconds.toFixed(1)} s)`,
      floor: `read once ${Math.round(all.checked / floorSeconds).toLocaleString('en-US')} events/s`,
      ratio,
      goal: '≥ 10 000 events/s',
      met: smoke ? null : all.checked / all.seconds >= 10_000,
    },
    {
      group: GROUP,
      operation: `verification memory: ${small.checked} → ${all.checked} events`,
      figure:
        `live heap +${megabytes(small.growth.heapBytes)} → +${megabytes(allMemory.growth.heapBytes)}, ` +
        `RSS +${megabytes(small.growth.rssBytes)} → +${megabytes(allMemory.growth.rssBytes)}`,
      ratio: growthRatio,
      goal: 'flat: 10× the events, ≤ 2× the live heap growth',
      met: smoke ? null : growthRatio <= 2,
    },
  ];
}
