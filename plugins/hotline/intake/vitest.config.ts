import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'hotline-intake',
    environment: 'happy-dom',
    include: ['**/*.test.ts'],
  },
});
