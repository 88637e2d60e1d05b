import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';
import { TEST_WORKERS } from '../../vitest.workers.ts';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'sdk',
    maxWorkers: TEST_WORKERS,
    environment: 'happy-dom',
    setupFiles: ['./src/testing/plugin-test-setup.ts'],
    // The plugin stylesheet tests link CSS files that do not exist here; happy-dom loads none.
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts'],
  },
});
