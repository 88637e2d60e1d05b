// Part of the plugins' vitest setup (plugin-test-setup.ts). A plugin asks for its language's error
// messages as it mounts (define-plugin.ts); a component test mounts no plugin, and would see the
// codes' texts while they load, so every language's are loaded here, before any test.
import { loadErrorMessages } from '../error-catalogue';
import { ADAL_LOCALES } from '../locale';

await Promise.all(ADAL_LOCALES.map((locale) => loadErrorMessages(locale)));

export {};
