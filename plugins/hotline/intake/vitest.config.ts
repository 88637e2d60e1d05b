import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';
import { TEST_WORKERS } from '../../../vitest.workers.ts';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'hotline-intake',
    maxWorkers: TEST_WORKERS,
    environment: 'happy-dom',
    setupFiles: ['../../sdk/src/testing/load-error-messages.ts'],
    include: ['**/*.test.ts'],
  },
});
