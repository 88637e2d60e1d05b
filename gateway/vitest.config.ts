import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'gateway',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Each test file migrates its own PostgreSQL database before the first test.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
