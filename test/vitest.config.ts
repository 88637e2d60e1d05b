import { defineProject } from 'vitest/config';

// End-to-end tests in a real Chromium against a real gateway and database, after every other
// project has finished, so that a story's waits are not shared with a machine full of other work.
// Two files at a time, each with its own gateway, database and browser: a story mostly waits (on
// the page, the gateway, PostgreSQL), and one at a time kept two CPUs less than half busy; two
// take each story about 1.2 times as long and the whole project 0.6 times.
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
    maxWorkers: 2,
    sequence: { groupOrder: 1 },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
