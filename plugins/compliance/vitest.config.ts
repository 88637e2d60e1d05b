import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';
import { COMPONENT_TESTS } from '../../vitest.workers.ts';

export default defineProject({
  plugins: [vue()],
  define: { __PLUGIN_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    name: 'compliance',
    ...COMPONENT_TESTS,
    setupFiles: ['../sdk/src/testing/plugin-test-setup.ts'],
    include: ['src/**/*.test.ts'],
  },
});
