// A vitest setup file of the plugins' projects. A mounted plugin has its language's error messages
// (define-plugin.ts loads them before mounting); a component test mounts no plugin, so every
// language's are loaded here, before any test.
import { loadErrorMessages } from '../error-catalogue';
import { ADAL_LOCALES } from '../locale';

await Promise.all(ADAL_LOCALES.map((locale) => loadErrorMessages(locale)));

export {};
