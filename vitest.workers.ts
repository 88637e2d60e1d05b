import { availableParallelism } from 'node:os';

/**
 * The workers each project but the browser's runs its files on, side by side. Most files wait on
 * PostgreSQL much of their time, so one more than the CPUs keeps them busy; vitest's own default
 * (one fewer) ran the suite one file at a time on 2 CPUs. The projects run together only when
 * they name the same count, so each takes it from here.
 */
export const TEST_WORKERS = Math.min(availableParallelism() + 1, 8);
