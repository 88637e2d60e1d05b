// A vitest setup file of the plugins' projects. The calendar is an async component, loaded on first
// use (components/primevue.ts). On a busy machine a test's flushPromises can return before that
// first load has finished, leaving a date field not yet drawn: loaded here, before any test, it
// is drawn with the dialog that holds it.
await import('primevue/datepicker');
