import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { adalCompression } from '@adal/sdk/vite';

/**
 * The public intake (ADR 007): a standalone page served at /report under a CSP that allows
 * only same-origin files. Everything (Vue included) is bundled into files of its own —
 * no import map, no shared module, no inline script or style, no data: asset.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./intake', import.meta.url)),
  base: '/plugins/hotline/intake/',
  plugins: [vue(), adalCompression()],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    target: 'es2022',
    outDir: '../dist/intake',
    // Only the intake's own folder: the plugin bundle beside it comes from the other build.
    emptyOutDir: true,
    // A data: URL or an inlined asset would be inline content the CSP forbids.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    // The polyfill is an inline script; every browser the intake supports has modulepreload.
    modulePreload: { polyfill: false },
  },
});
