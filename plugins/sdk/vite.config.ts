import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The sdk as a standalone ES module, for hosts that load it without the Adal shell. The shell
// builds its own copy into /vendor/adal-sdk.js, sharing chunks with the other shared libraries.
export default defineConfig({
  plugins: [vue()],
  build: {
    target: 'es2022',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'sdk' },
    rolldownOptions: {
      external: [
        /^vue($|\/)/,
        /^pinia($|\/)/,
        /^vue-router($|\/)/,
        /^vue-i18n($|\/)/,
        /^single-spa($|\/)/,
        /^echarts($|\/)/,
      ],
    },
  },
});
