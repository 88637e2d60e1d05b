// `@adal/sdk/testing`: helpers for the plugins' unit tests. A subpath of its own, so that nothing
// here reaches the sdk's browser bundle (the shell builds only `@adal/sdk` itself).
export { FakeGraphql } from './fake-graphql';
export type { RecordedRequest } from './fake-graphql';
export { pluginMountOptions } from './mount-options';
export { withKitMessages } from '../kit-messages';
export type { PluginMountOptions } from './mount-options';
