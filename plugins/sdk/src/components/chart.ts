import { defineAsyncComponent } from 'vue';

/** Loaded on first use: echarts is large, and most pages have no chart. */
export const AdalChart = defineAsyncComponent(() => import('./AdalChart.vue'));

/**
 * Loaded on first use: the editor (Tiptap, ProseMirror) is for authors; people who only read
 * lessons never download it.
 */
export const RichTextEditor = defineAsyncComponent(() => import('./RichTextEditor.vue'));

/**
 * Loaded on first use: its sanitizer (DOMPurify) is needed only where a lesson body is shown, so
 * the sdk every page loads stays without it.
 */
export const RichText = defineAsyncComponent(() => import('./RichText.vue'));
