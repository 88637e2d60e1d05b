import { performance } from 'node:perf_hooks';
import { percentile } from '../report/bench-row.js';
import type { GraphqlClient } from './graphql-client.js';

/** The plainest request a signed-in person can make: no field, no statement beyond who they are. */
const NOTHING = 'query Nothing { __typename }';

export interface InstantFloor {
  requests: number;
  p50: number;
  p95: number;
  /** Requests the gateway refused with 429 and answered when they came back. */
  throttled: number;
}

/**
 * The synchronized start's floor: as many signed-in requests as there are test-takers, sent at
 * one instant, each asking for nothing. They pass through everything a start does before its own
 * work (HTTP, the admission queue, the token, the person and their roles, GraphQL), so no start
 * of that many people at once can be answered sooner than they are. Sent on the exam's own
 * connections, with the token of one of its takers.
 */
export async function measureInstantFloor(
  client: GraphqlClient,
  token: string,
  requests: number,
): Promise<InstantFloor> {
  let throttled = 0;
  const times = await Promise.all(
    Array.from({ length: requests }, async () => {
      const started = performance.now();
      const sent = await client.send(NOTHING, {}, token);
      throttled += sent.throttled;
      return performance.now() - started;
    }),
  );
  return { requests, p50: percentile(times, 50), p95: percentile(times, 95), throttled };
}
