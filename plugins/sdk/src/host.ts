// The sdk's host surface: what a host page (the shell's chrome, a portal) needs to sign a person
// in, publish the host context and show the home page, without the UI kit. The shell imports
// this entry rather than the index so that its first load does not carry PrimeVue, DOMPurify and
// the theme, which arrive with the first plugin page (ADR 013). Every name here is also exported
// from the index, from the same modules, so a plugin and the chrome share one instance of each.
export {
  ADAL_SESSION_ENDED_EVENT,
  announceSessionEnded,
  publishHostContext,
  useAdalContext,
} from './context';
export type { AdalHostContext, AdalViewer } from './context';
export type { AdalKpiWidget, AdalNavigationEntry, AdalPluginManifest } from './define-plugin';
export { ADAL_LOCALES } from './locale';
export type { AdalLocale, AdalMessages, AdalMessageTree } from './locale';
export { canSee } from './roles';
export { ROLE_NAMES } from './role-names';
export type { AdalRole } from './roles';
export { createGraphqlClient } from './graphql/client';
export { AdalGraphqlError } from './graphql/errors';
export { DevLoginDocument, MyWorkDocument, ViewerDocument } from './graphql/generated/graphql';
export type { MyWorkQuery } from './graphql/generated/graphql';
export { installAdalTokens } from './tokens';
export { useLoadState } from './load-state';
export { formatDay, formatDateTime, formatNumber } from './format';
export { useLocalized } from './localized';
export type { LocalizedText } from './localized';
export { pageTitle } from './page-title';
