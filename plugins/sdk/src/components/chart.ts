import { defineAsyncComponent } from 'vue';

/** Loaded on first use: echarts is large, and most pages have no chart. */
export const AdalChart = defineAsyncComponent(() => import('./AdalChart.vue'));
