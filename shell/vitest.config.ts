import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';
import { COMPONENT_TESTS } from '../vitest.workers.ts';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'shell',
    ...COMPONENT_TESTS,
    include: ['src/**/*.test.ts'],
  },
});
