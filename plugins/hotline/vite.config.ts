import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Shared libraries come through the import map (ADR 005); the bundle holds only this plugin's code.
const SHARED = /^(vue|pinia|vue-router|vue-i18n|single-spa|single-spa-vue|echarts|@adal\/sdk)($|\/)/;

function manifestFile(): Plugin {
  return {
    name: 'adal-plugin-manifest',
    generateBundle() {
      const manifest = { id: 'hotline', name: pkg.name, entry: 'plugin.js', version: pkg.version };
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
    },
  };
}

// The staff plugin only. The public intake is a separate, self-contained build
// (vite.intake.config.ts) that runs after this one and writes into dist/intake/.
export default defineConfig({
  plugins: [vue(), manifestFile()],
  define: { __PLUGIN_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/lifecycles.ts', formats: ['es'], fileName: () => 'plugin.js', cssFileName: 'plugin' },
    rolldownOptions: { external: (id) => SHARED.test(id) },
  },
});
