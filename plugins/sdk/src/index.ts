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
export {
  ADAL_CONTEXT_EVENT,
  ADAL_SESSION_ENDED_EVENT,
  announceSessionEnded,
  publishHostContext,
  readHostPatch,
  useAdalContext,
} from './context';
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
export { MyWorkDocument } from './graphql/generated/graphql';
export type { MyWorkQuery, WorkUrgency } from './graphql/generated/graphql';
export { installAdalTokens, tokensCss } from './tokens';
export { AdalPreset, adalPrimeVueOptions } from './theme';
export { PRIMEVUE_LOCALES, primeVueOptionsFor, switchPrimeVueLocale } from './primevue-locale';
export { ADAL_KIT_MESSAGES, withKitMessages } from './kit-messages';
export { toAdalError, useLoadState } from './load-state';
export { useSubmission } from './use-submission';
export { AUDIT_ACTION_NAMES } from './audit-action-names';
export type { Submission } from './use-submission';
export { ERROR_CATALOGUE, errorCodeText, errorText, hasDomainMessage } from './error-catalogue';
export type { ErrorCatalogue, ErrorMessageKey, LocalizableError } from './error-catalogue';
export { useErrorText } from './use-error-text';
export { formatDay, formatDateTime, formatNumber, formatPercent } from './format';
export { gatewayUrl } from './gateway-url';
export { downloadFromGateway } from './gateway-download';
export type { GatewayDownload } from './gateway-download';
export { pickLocalized, useLocalized } from './localized';
export type { LocalizedText } from './localized';
export type { LoadState, LoadStatus } from './load-state';
export { AdalChart } from './components/chart';
export { default as AdalTable } from './components/AdalTable.vue';
export { sortDirection } from './components/table-sort';
export { useLocalTable } from './components/local-table';
export type { LocalTable } from './components/local-table';
export type { AdalTableSort } from './components/table-sort';
export { default as ErrorState } from './components/ErrorState.vue';
export { default as LoadBoundary } from './components/LoadBoundary.vue';
export { default as LoadingState } from './components/LoadingState.vue';
export { default as RichText } from './components/RichText.vue';
export { purifyRichText } from './components/rich-text';
export * from './components/kit';
export { default as ActionDialog } from './components/ActionDialog.vue';
export { default as DateField } from './components/DateField.vue';
export { default as FileChooser } from './components/FileChooser.vue';
export { default as PagerNav } from './components/PagerNav.vue';
export { default as RadioChoice } from './components/RadioChoice.vue';
export { default as SelectField } from './components/SelectField.vue';
export { default as ServerError } from './components/ServerError.vue';
export { default as TextareaField } from './components/TextareaField.vue';
export { default as TextField } from './components/TextField.vue';
export { default as NotAllowedState } from './components/NotAllowedState.vue';
export { default as NotFoundState } from './components/NotFoundState.vue';
export { pageTitle, PRODUCT_NAME } from './page-title';
export type { AdalPageRefusal } from './page-refusal';
export * from './components/primevue';
