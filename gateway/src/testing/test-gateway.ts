import type { MikroORM } from '@adal/domain';
import { createTestDatabase } from '@adal/domain/testing';
import { createGatewayYoga, type GatewayYoga, type GatewayYogaOptions } from '../yoga.js';

export interface TestGateway {
  orm: MikroORM;
  yoga: GatewayYoga;
  /** Closes the database and removes it. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own and the in-process GraphQL server over it, with
 * development login on unless `options` says otherwise: what every resolver test starts from.
 */
export async function createTestGateway(options: Omit<GatewayYogaOptions, 'orm'> = {}): Promise<TestGateway> {
  const database = await createTestDatabase();
  try {
    const yoga = await createGatewayYoga({ orm: database.orm, devLogin: true, ...options });
    return { orm: database.orm, yoga, drop: () => database.drop() };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
