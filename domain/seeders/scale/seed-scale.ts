import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { AuditKeyring } from '../../src/audit/audit-keyring.js';
import type { HotlineKeyring } from '../../src/hotline/crypto/keyring.js';
import { ScaleAuditLog } from './scale-audit.js';
import { seedScaleHotline, type ScaleHotlineCounts } from './scale-hotline.js';
import { seedScaleOrg, SCALE_LOGINS } from './scale-org.js';
import { ScaleRandom } from './scale-random.js';
import { seedScaleTraining, type ScaleTrainingCounts } from './scale-training.js';

export { SCALE_LOGINS };

export interface SeedScaleOptions {
  databaseUrl: string;
  /** People in the holding (100 000 for the benchmarks); the rest scales with it. */
  people: number;
  /** The same seed builds the same holding. */
  seed: number;
  hotlineKeyring: HotlineKeyring;
  auditKeyring: AuditKeyring;
  /** The day the year of history ends on; today unless given. */
  today?: Date;
  /** Told each step as it ends, with its duration. */
  progress?: (step: string, seconds: number) => void;
}

export interface SeedScaleResult extends ScaleTrainingCounts, ScaleHotlineCounts {
  organizationId: string;
  people: number;
  units: number;
  auditEvents: number;
  seconds: number;
}

/**
 * A national holding at scale, for the benchmarks (docs/performance.md): 100 000 people with its
 * structure, posts and a year of training, hotline and audit history, built into a migrated,
 * empty database set-based. The courses go through the suite's own use cases (on `orm`, opened
 * with `auditKeyring`); everything else is inserted in batches of thousands of rows.
 */
export async function seedScale(orm: MikroORM, o: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = performance.now();
  let stepStarted = started;
  const step = (name: string) => {
    const now = performance.now();
    o.progress?.(name, (now - stepStarted) / 1000);
    stepStarted = now;
  };
  const today = o.today ?? new Date();
  const random = new ScaleRandom(o.seed);
  const audit = new ScaleAuditLog(random);
  // A bulk load into a new database: its connections skip the triggers (the foreign-key checks, and
  // the audit trail's append-only guard that its history is written past), as pg_restore does;
  // the generator makes every reference itself. It needs the superuser, as a benchmark database has.
  const pool = new pg.Pool({
    connectionString: o.databaseUrl,
    max: 2,
    options: '-c session_replication_role=replica',
  });
  try {
    const org = await seedScaleOrg(pool, random, { people: o.people, today });
    for (const grant of org.grants) {
      audit.add(
        new Date(today.getTime() - 400 * 86_400_000),
        null,
        'org.role_granted',
        'Person',
        grant.personId,
        { role: grant.role },
      );
    }
    step(`people: ${org.people.length}, units: ${org.units.length}`);
    const training = await seedScaleTraining(orm.em.fork(), pool, random, org, audit, today);
    step(
      `training: ${training.enrolments} enrolments, ${training.attempts} attempts, ${training.answers} answers`,
    );
    const hotline = await seedScaleHotline(pool, random, org, o.hotlineKeyring, audit, {
      cases: Math.max(50, Math.round(o.people / 5)),
      today,
    });
    step(`hotline: ${hotline.cases} cases, ${hotline.messages} messages`);
    const auditEvents = await audit.write(pool, org.organizationId, o.auditKeyring);
    step(`audit trail: ${auditEvents} events`);
    // As autovacuum leaves a table after a bulk load: its statistics and visibility map current.
    await pool.query('vacuum analyze');
    step('vacuum analyze');
    return {
      organizationId: org.organizationId,
      people: org.people.length,
      units: org.units.length,
      ...training,
      ...hotline,
      auditEvents,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pool.end();
  }
}
