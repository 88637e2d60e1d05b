import { defineConfig } from 'vitest/config';

// Every package keeps its own vitest config (name, environment, workers); this file lists them
// so that one `vitest run` covers the whole repository.
export default defineConfig({
  test: {
    projects: [
      'domain',
      'gateway',
      'plugins/*',
      'plugins/sdk/vitest.build.config.ts',
      'plugins/hotline/intake',
      'shell',
      'test',
    ],
  },
});
