import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';
import { COMPONENT_TESTS } from '../../../vitest.workers.ts';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'hotline-intake',
    ...COMPONENT_TESTS,
    setupFiles: ['../../sdk/src/testing/load-error-messages.ts'],
    include: ['**/*.test.ts'],
  },
});
