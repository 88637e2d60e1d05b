import { defineConfig } from 'vitest/config';
import { TEST_WORKERS } from '../vitest.workers.ts';

// graphql 17 ships a separate `development` build. Vite resolves our imports with that condition
// while Node loads graphql for Pothos and yoga without it, giving two graphql instances that
// reject each other's types; resolving like Node keeps one.
const nodeConditions = ['module', 'node'];

export default defineConfig({
  resolve: { conditions: nodeConditions },
  ssr: { resolve: { conditions: nodeConditions, externalConditions: nodeConditions } },
  test: {
    name: 'gateway',
    maxWorkers: TEST_WORKERS,
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Each test file migrates its own PostgreSQL database before the first test.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
