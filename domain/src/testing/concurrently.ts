import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

const BARRIER_TIMEOUT_MS = 2_000;

/**
 * Fires `times` copies of a use case at once, each in its own transaction on its own
 * connection, released together by a barrier so their reads overlap. This is how a
 * read-then-write race is provoked on a real PostgreSQL (the embedded one has a single
 * connection and would run them one after another). Every outcome comes back, fulfilled or
 * rejected, in firing order.
 */
export async function concurrently<T>(
  orm: MikroORM,
  times: number,
  run: (em: EntityManager, index: number) => Promise<T>,
): Promise<PromiseSettledResult<T>[]> {
  let release!: () => void;
  const barrier = new Promise<void>((resolve) => (release = resolve));
  // A pool smaller than `times` would keep the last callers from ever arriving: then the
  // ones holding a connection go ahead after a while.
  const fallback = setTimeout(release, BARRIER_TIMEOUT_MS);
  let arrived = 0;
  const calls = Array.from({ length: times }, (_, index) =>
    orm.em.fork().transactional(async (em) => {
      // Each transaction holds its connection before any of them reads.
      await em.execute('select 1');
      arrived += 1;
      if (arrived === times) release();
      await barrier;
      return run(em, index);
    }),
  );
  const settled = await Promise.allSettled(calls);
  clearTimeout(fallback);
  return settled;
}

/** The values of the fulfilled outcomes and the reasons of the rejected ones. */
export function outcomes<T>(settled: readonly PromiseSettledResult<T>[]): {
  fulfilled: T[];
  rejected: unknown[];
} {
  return {
    fulfilled: settled.filter((s) => s.status === 'fulfilled').map((s) => s.value),
    rejected: settled.filter((s) => s.status === 'rejected').map((s) => s.reason as unknown),
  };
}
