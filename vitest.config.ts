import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every package keeps its own vitest config (name, environment); this file lists them
// so that one `vitest run` covers the whole repository.
export default defineConfig({
  test: {
    projects: ['domain', 'gateway', 'plugins/*', 'plugins/hotline/intake', 'shell', 'test'],
    // Most files wait on PostgreSQL for much of their time: one worker more than the CPUs keeps
    // them busy (vitest's default, one fewer, ran the whole suite one file at a time on 2 CPUs).
    maxWorkers: Math.min(availableParallelism() + 1, 8),
  },
});
