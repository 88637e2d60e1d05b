import { defineProject } from 'vitest/config';

// End-to-end tests in a real Chromium against a real gateway and database. One file at a time,
// after every other project has finished: each starts its own gateway and browser, the builds
// they run must not overlap, and a story's waits are not shared with a machine full of other work.
// The gateway runs in-process: resolve graphql like Node does, or Vite's `development` condition
// loads a second graphql instance next to the one Pothos and yoga use (see gateway/vitest.config.ts).
const nodeConditions = ['module', 'node'];

export default defineProject({
  resolve: { conditions: nodeConditions },
  ssr: { resolve: { conditions: nodeConditions, externalConditions: nodeConditions } },
  test: {
    name: 'browser',
    include: ['src/**/*.browser.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { groupOrder: 1 },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
