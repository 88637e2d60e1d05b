// `@adal/sdk/kit`: the kit's plain Vue components, which need neither PrimeVue nor vue-i18n. The
// standalone hotline intake (ADR 007) builds them from source into its own bundle; plugins get
// the same components from `@adal/sdk`.
export { default as ButtonRow } from './ButtonRow.vue';
export { default as ErrorSummary } from './ErrorSummary.vue';
export { default as FormField } from './FormField.vue';
export { default as NoticeBox } from './NoticeBox.vue';
