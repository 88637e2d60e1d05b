// The vitest setup file of the plugins' component-test projects: what a mounted plugin finds
// loaded, loaded before any test.
import './load-calendar';
import './load-error-messages';
