import { defineProject } from 'vitest/config';
import { TEST_WORKERS } from '../../vitest.workers.ts';

// The sdk's build helpers (src/vite.ts) run Vite and rolldown, whose native bindings accept only
// the process's own RegExp: their tests run in a Node worker of their own, not in the component
// tests' VM contexts.
export const BUILD_TESTS = ['src/vite.test.ts'];

export default defineProject({
  test: {
    name: 'sdk-build',
    maxWorkers: TEST_WORKERS,
    environment: 'node',
    include: BUILD_TESTS,
  },
});
