import { defineProject } from 'vitest/config';
import { TEST_WORKERS } from '../vitest.workers.ts';

export default defineProject({
  test: {
    name: 'domain',
    maxWorkers: TEST_WORKERS,
    environment: 'node',
    include: ['src/**/*.test.ts', 'seeders/**/*.test.ts'],
    // Each test file creates and drops its own database; the default timeout leaves room for that.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
