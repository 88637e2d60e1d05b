// Part of the plugins' vitest setup (plugin-test-setup.ts). The calendar is an async component,
// loaded on first use (components/primevue.ts). On a busy machine a test's flushPromises could
// return before that first load had finished, leaving a date field not yet drawn; loaded here,
// before any test, the component comes from the module cache and is drawn with the dialog that
// holds it.
await import('primevue/datepicker');

export {};
