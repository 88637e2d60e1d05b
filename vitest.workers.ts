import { availableParallelism } from 'node:os';

/**
 * The workers each project but the browser's runs its files on, side by side. Most files wait on
 * PostgreSQL much of their time, so one more than the CPUs keeps them busy; vitest's own default
 * (one fewer) ran the suite one file at a time on 2 CPUs. The projects run together only when
 * they name the same count, so each takes it from here.
 */
export const TEST_WORKERS = Math.min(availableParallelism() + 1, 8);

/**
 * The component tests' runner: happy-dom made once per worker thread (vmThreads) instead of once
 * per file, where making it was a quarter to a half of each project's time; each file still runs
 * in a context of its own, so no module or store leaks from one file into the next.
 */
export const COMPONENT_TESTS = {
  environment: 'happy-dom',
  pool: 'vmThreads',
  maxWorkers: TEST_WORKERS,
} as const;
