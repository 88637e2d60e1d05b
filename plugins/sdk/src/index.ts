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
export { sendGraphql } from './graphql/send-graphql';
export type { SendGraphqlOptions } from './graphql/send-graphql';
export { ADAL_ERROR_CODES, AdalGraphqlError, isAdalErrorCode } from './graphql/errors';
export type { AdalErrorCode } from './graphql/errors';
export { DevLoginDocument, ViewerDocument } from './graphql/generated/graphql';
export type { DevLoginMutation, DevLoginMutationVariables, ViewerQuery } from './graphql/generated/graphql';
export { installAdalTokens, tokensCss } from './tokens';
export { AdalPreset, adalPrimeVueOptions } from './theme';
export { toAdalError, useLoadState } from './load-state';
export { ERROR_CATALOGUE, errorCodeText, errorText, hasDomainMessage } from './error-catalogue';
export type { ErrorCatalogue, ErrorMessageKey, LocalizableError } from './error-catalogue';
export { useErrorText } from './use-error-text';
export { formatDay, formatDateTime, formatNumber, formatPercent } from './format';
export { gatewayUrl } from './gateway-url';
export { pickLocalized, useLocalized } from './localized';
export type { LocalizedText } from './localized';
export type { LoadState, LoadStatus } from './load-state';
export { AdalChart } from './components/chart';
export { default as ErrorState } from './components/ErrorState.vue';
export { default as FormField } from './components/FormField.vue';
export { default as LoadBoundary } from './components/LoadBoundary.vue';
export { default as LoadingState } from './components/LoadingState.vue';
export * from './components/primevue';
