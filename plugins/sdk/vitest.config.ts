import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'sdk',
    environment: 'happy-dom',
    // The plugin stylesheet tests link CSS files that do not exist here; happy-dom loads none.
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts'],
  },
});
