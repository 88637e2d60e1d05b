// The public surface of @adal/sdk: everything a plugin (and the shell) may import.
export { defineAdalPlugin } from './define-plugin';
export type { AdalKpiWidget, AdalNavigationEntry, AdalPluginManifest } from './define-plugin';
export {
  ADAL_SESSION_ENDED_EVENT,
  announceSessionEnded,
  publishHostContext,
  useAdalContext,
} from './context';
export type { AdalHostContext, AdalViewer } from './context';
export { ADAL_LOCALES } from './locale';
export type { AdalLocale, AdalMessages, AdalMessageTree } from './locale';
export { canSee } from './roles';
export type { AdalRole } from './roles';
export { createGraphqlClient, useGraphql } from './graphql/client';
export type { GraphqlClient, TypedDocument } from './graphql/client';
export { uploaderFor, uploadRequest } from './graphql/upload-request';
export type { Uploader, UploadOptions } from './graphql/upload-request';
export { sendGraphql } from './graphql/send-graphql';
export { AdalGraphqlError } from './graphql/errors';
export type { AdalErrorCode } from './graphql/errors';
export { DevLoginDocument, ViewerDocument } from './graphql/generated/graphql';
export { MyWorkDocument } from './graphql/generated/graphql';
export type { MyWorkQuery } from './graphql/generated/graphql';
export { installAdalTokens } from './tokens';
export { toAdalError, useLoadState } from './load-state';
export { useSubmission } from './use-submission';
export { AUDIT_ACTION_NAMES } from './audit-action-names';
export { errorText } from './error-catalogue';
export { useErrorText } from './use-error-text';
export { formatDay, formatDateTime, formatNumber, formatPercent } from './format';
export { calendarDay, dateOfDay } from './calendar-day';
export { gatewayUrl } from './gateway-url';
export { downloadFromGateway } from './gateway-download';
export { useLocalized } from './localized';
export type { LocalizedText } from './localized';
export type { LoadStatus } from './load-state';
export { AdalChart, RichText, RichTextEditor } from './components/chart';
export { default as AdalTable } from './components/AdalTable.vue';
export { sortDirection } from './components/table-sort';
export { useLocalTable } from './components/local-table';
export type { LocalTable } from './components/local-table';
export type { AdalTableSort } from './components/table-sort';
export { default as ErrorState } from './components/ErrorState.vue';
export { default as LoadBoundary } from './components/LoadBoundary.vue';
export { default as LoadingState } from './components/LoadingState.vue';
export * from './components/kit';
export { default as ActionDialog } from './components/ActionDialog.vue';
export { default as ActionForm } from './components/ActionForm.vue';
export { default as DateField } from './components/DateField.vue';
export { default as FileChooser } from './components/FileChooser.vue';
export { default as LocalizedTextFields } from './components/LocalizedTextFields.vue';
export { default as NumberField } from './components/NumberField.vue';
export { default as PagerNav } from './components/PagerNav.vue';
export { default as PersonPicker } from './components/PersonPicker.vue';
export { MIN_SEARCH_LENGTH, SEARCH_DELAY_MS, usePeopleSearch } from './people-search';
export type { PeopleSearch, PersonMatch, PickablePerson } from './people-search';
export { default as RadioChoice } from './components/RadioChoice.vue';
export { default as ImportProblemTable } from './components/ImportProblemTable.vue';
export { default as ImportSteps } from './components/ImportSteps.vue';
export { importProblemText, refusedImportRows, type ImportProblem } from './import-problems';
export { useFileImport, type FileImport, type ImportPreviewShape } from './file-import';
export { default as SearchBox } from './components/SearchBox.vue';
export { default as SelectField } from './components/SelectField.vue';
export { default as ServerError } from './components/ServerError.vue';
export { default as TextareaField } from './components/TextareaField.vue';
export { default as TextField } from './components/TextField.vue';
export { pageTitle } from './page-title';
export * from './components/primevue';
