import { defineConfig } from 'vitest/config';

// Benchmarks run apart from the test suite (`pnpm bench`): they measure, they don't assert.
export default defineConfig({
  test: {
    name: 'bench',
    include: ['**/*.bench.ts'],
    environment: 'node',
    hookTimeout: 180_000,
  },
});
