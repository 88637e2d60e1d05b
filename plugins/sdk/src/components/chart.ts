import { defineAsyncComponent } from 'vue';

/** Loaded on first use: echarts is large, and most pages have no chart. */
export const AdalChart = defineAsyncComponent(() => import('./AdalChart.vue'));

/**
 * Loaded on first use: the editor (Tiptap, ProseMirror) is for authors; people who only read
 * lessons never download it.
 */
export const RichTextEditor = defineAsyncComponent(() => import('./RichTextEditor.vue'));
