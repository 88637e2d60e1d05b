import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';
import { adalCompression } from '@adal/sdk/vite';

/**
 * The libraries every plugin shares, each built to /vendor/<file>.js. They are entries of the
 * same build as the shell, so common code lands in shared chunks and there is exactly one Vue.
 */
const SHARED = {
  vue: 'vue',
  pinia: 'pinia',
  'vue-router': 'vue-router',
  'vue-i18n': 'vue-i18n',
  'single-spa': 'single-spa',
  'single-spa-vue': 'single-spa-vue',
  '@adal/sdk': 'adal-sdk',
} as const;

function sharedImportMap(): Plugin {
  return {
    name: 'adal-shared-import-map',
    generateBundle() {
      const imports = Object.fromEntries(
        Object.entries(SHARED).map(([name, file]) => [name, `/vendor/${file}.js`]),
      );
      this.emitFile({
        type: 'asset',
        fileName: 'importmap.shared.json',
        source: `${JSON.stringify({ imports }, null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [vue(), sharedImportMap(), adalCompression()],
  define: {
    __VUE_OPTIONS_API__: 'true', // single-spa-vue and PrimeVue use the options API
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true', // messages compile without eval (strict CSP)
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: 'index.html',
        ...Object.fromEntries(Object.entries(SHARED).map(([name, file]) => [`vendor/${file}`, name])),
      },
      // Vendor entries are imported by plugins: every export must survive.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: (chunk) =>
          chunk.name.startsWith('vendor/') ? '[name].js' : 'assets/[name]-[hash].js',
        // ECharts and its renderer only ever load with the sdk's chart (AdalChart, imported
        // lazily by the pages that draw one); one named chunk makes that visible and testable.
        codeSplitting: {
          groups: [{ name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ }],
        },
      },
    },
  },
});
