import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimiterOptions {
  /** Tells this limiter's keys apart from the others' in the shared table. */
  name: string;
  /** Events a key may have in one window. */
  points: number;
  windowSeconds: number;
}

/**
 * Where rate limits count. PostgreSQL is shared by every gateway replica and counts atomically
 * (one upsert per event), so neither concurrency nor a second replica can beat a limit. The
 * embedded database is one connection in one process, which the ORM holds: there, memory is
 * both correct and the only choice.
 */
export interface RateLimitStore {
  readonly kind: 'postgres' | 'memory';
  limiter(options: LimiterOptions): Promise<RateLimiterAbstract>;
  /** Deletes the counters whose window has passed (the store also does it every minute). */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

export function memoryRateLimitStore(): RateLimitStore {
  return {
    kind: 'memory',
    limiter: ({ name, points, windowSeconds }) =>
      Promise.resolve(new RateLimiterMemory({ keyPrefix: name, points, duration: windowSeconds })),
    // The memory limiter drops each key by a timer of its own when its window passes.
    sweep: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

/** A schema of its own, like pg-boss's: the ORM's migrations neither see nor drop it. */
const SCHEMA = 'rate_limit';
const TABLE = 'counter';
/** Passed windows are deleted this often, so that no counter outlives its window by more. */
const SWEEP_INTERVAL_MS = 60_000;

export interface PostgresRateLimitOptions {
  databaseUrl: string;
  /** Logs a failed idle connection instead of crashing the process. */
  onError: (error: Error) => void;
}

/**
 * Counters in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres over a small `pg` pool of
 * its own, beside the ORM's). The library creates its table; every limiter shares it, each under
 * its own key prefix. A key is whatever the caller passes: for clients an HMAC, never an address.
 */
export async function postgresRateLimitStore(options: PostgresRateLimitOptions): Promise<RateLimitStore> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  pool.on('error', options.onError);
  try {
    await createSchema(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let tableCreated = false;
  async function sweep(): Promise<void> {
    if (tableCreated) await pool.query(`delete from "${SCHEMA}"."${TABLE}" where expire <= $1`, [Date.now()]);
  }
  // The library's own sweep keeps rows an hour past their window; this one keeps them a minute.
  const sweeper = setInterval(() => sweep().catch(options.onError), SWEEP_INTERVAL_MS).unref();

  async function limiter({ name, points, windowSeconds }: LimiterOptions): Promise<RateLimiterAbstract> {
    let created: RateLimiterPostgres | undefined;
    // The callback may run inside the constructor (table already there) or after the table is made.
    await new Promise<void>((resolve, reject) => {
      created = new RateLimiterPostgres(
        {
          storeClient: pool,
          storeType: 'pool',
          schemaName: SCHEMA,
          tableName: TABLE,
          tableCreated,
          keyPrefix: name,
          points,
          duration: windowSeconds,
          clearExpiredByTimeout: false,
        },
        (error?: Error) => (error ? reject(error) : resolve()),
      );
    });
    tableCreated = true;
    return created as RateLimiterPostgres;
  }

  return {
    kind: 'postgres',
    limiter,
    sweep,
    async close() {
      clearInterval(sweeper);
      await pool.end();
    },
  };
}

async function createSchema(pool: pg.Pool): Promise<void> {
  try {
    await pool.query(`create schema if not exists "${SCHEMA}"`);
  } catch (error) {
    // Two replicas starting at once: the other one created it (unique_violation).
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}
