import type { MikroORM } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { postgresRateLimitStore } from '../limits/rate-limit-store.js';
import { createGatewayYoga, type GatewayYoga, type GatewayYogaOptions } from '../yoga.js';

export interface TestGateway {
  orm: MikroORM;
  /** For a second replica over the same database. */
  databaseUrl: string;
  yoga: GatewayYoga;
  /** Closes the database and removes it. */
  drop(): Promise<void>;
}

/** Leading zero bits of the tests' proofs of work: a few hundred hashes, solved in no time. */
export const TEST_WORK_DIFFICULTY = 8;

/**
 * A fresh, migrated database of its own and the in-process GraphQL server over it, with
 * development login on unless `options` says otherwise: what every resolver test starts from.
 * Rate limits count in that database, as on a real deployment.
 */
export async function createTestGateway(
  options: Omit<GatewayYogaOptions, 'orm' | 'rateLimits'> = {},
  createDatabase: () => Promise<TestDatabase> = createTestDatabase,
): Promise<TestGateway> {
  const database = await createDatabase();
  const rateLimits = await postgresRateLimitStore({
    databaseUrl: database.databaseUrl,
    onError: (error) => console.error('rate-limit store connection failed', error),
  });
  try {
    const yoga = await createGatewayYoga({
      orm: database.orm,
      devLogin: true,
      workDifficulty: TEST_WORK_DIFFICULTY,
      rateLimits,
      ...options,
    });
    return {
      orm: database.orm,
      databaseUrl: database.databaseUrl,
      yoga,
      async drop() {
        await rateLimits.close();
        await database.drop();
      },
    };
  } catch (error) {
    await rateLimits.close();
    await database.drop();
    throw error;
  }
}
