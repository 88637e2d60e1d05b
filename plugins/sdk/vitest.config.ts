import vue from '@vitejs/plugin-vue';
import { configDefaults, defineProject } from 'vitest/config';
import { COMPONENT_TESTS } from '../../vitest.workers.ts';
import { BUILD_TESTS } from './vitest.build.config.ts';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'sdk',
    ...COMPONENT_TESTS,
    setupFiles: ['./src/testing/plugin-test-setup.ts'],
    // The plugin stylesheet tests link CSS files that do not exist here; happy-dom loads none.
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...BUILD_TESTS],
  },
});
