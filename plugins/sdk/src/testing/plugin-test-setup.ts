// The vitest setup file of the plugins' component-test projects: what a mounted plugin finds
// loaded, loaded before any test.
import { afterEach, vi } from 'vitest';
import './load-calendar';
import './load-error-messages';

// A page's slower parts (the rich text, a chart, the date picker) load by dynamic import. A test
// that ends before one arrives waits for it, or the import would finish in a closed context.
afterEach(() => vi.dynamicImportSettled());
