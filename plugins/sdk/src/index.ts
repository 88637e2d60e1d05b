// The public surface of @adal/sdk: everything a plugin (and the shell) may import.
export { defineAdalPlugin } from './define-plugin';
export type {
  AdalKpiWidget,
  AdalLifecycle,
  AdalNavigationEntry,
  AdalPlugin,
  AdalPluginDefinition,
  AdalPluginManifest,
} from './define-plugin';
export { ADAL_CONTEXT_EVENT, publishHostContext, readHostPatch, useAdalContext } from './context';
export type { AdalHostContext, AdalViewer } from './context';
export { ADAL_LOCALES, DEFAULT_LOCALE, isAdalLocale } from './locale';
export type { AdalLocale, AdalMessages, AdalMessageTree } from './locale';
export { ADAL_ROLES, canSee } from './roles';
export type { AdalRole } from './roles';
export { createGraphqlClient, useGraphql } from './graphql/client';
export type { GraphqlClient, GraphqlClientOptions, TypedDocument } from './graphql/client';
export { ADAL_ERROR_CODES, AdalGraphqlError, isAdalErrorCode } from './graphql/errors';
export type { AdalErrorCode } from './graphql/errors';
export { DevLoginDocument, ViewerDocument } from './graphql/generated/graphql';
export type { DevLoginMutation, DevLoginMutationVariables, ViewerQuery } from './graphql/generated/graphql';
export { installAdalTokens, tokensCss } from './tokens';
export { AdalPreset, adalPrimeVueOptions } from './theme';
export { AdalChart } from './components/chart';
export * from './components/primevue';
