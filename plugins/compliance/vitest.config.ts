import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue()],
  define: { __PLUGIN_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    name: 'compliance',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
});
