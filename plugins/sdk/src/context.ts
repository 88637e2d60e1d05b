import { inject, reactive, type DeepReadonly, type InjectionKey } from 'vue';
import { DEFAULT_LOCALE, isAdalLocale, type AdalLocale } from './locale';
import type { ViewerQuery } from './graphql/generated/graphql';

export type AdalViewer = NonNullable<ViewerQuery['viewer']>;

/** What the host hands every mounted plugin (as single-spa custom props). */
export interface AdalHostContext {
  token: string | null;
  viewer: AdalViewer | null;
  locale: AdalLocale;
  tenantId: string | null;
  graphqlUrl: string;
}

/**
 * The host announces changes (locale, sign-in) with this window event; every mounted plugin
 * listens. A DOM event rather than a module variable, so a host that is not the Adal shell
 * (a portal page) can drive plugins without importing anything.
 */
export const ADAL_CONTEXT_EVENT = 'adal:context';

export function publishHostContext(patch: Partial<AdalHostContext>): void {
  window.dispatchEvent(new CustomEvent<Partial<AdalHostContext>>(ADAL_CONTEXT_EVENT, { detail: patch }));
}

/**
 * The other way: a plugin (through the sdk's GraphQL client) announces that the server refused
 * the token it was given, expired or revoked. The host then asks the person to sign in again;
 * plugins never import the host to say so.
 */
export const ADAL_SESSION_ENDED_EVENT = 'adal:session-ended';

export function announceSessionEnded(): void {
  window.dispatchEvent(new Event(ADAL_SESSION_ENDED_EVENT));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Picks the context fields out of single-spa props (which also carry name, singleSpa, domElement…). */
export function readHostPatch(props: unknown): Partial<AdalHostContext> {
  if (!isRecord(props)) return {};
  const patch: Partial<AdalHostContext> = {};
  if ('token' in props) patch.token = typeof props.token === 'string' ? props.token : null;
  if ('viewer' in props)
    patch.viewer = isRecord(props.viewer) ? (props.viewer as unknown as AdalViewer) : null;
  if (isAdalLocale(props.locale)) patch.locale = props.locale;
  if ('tenantId' in props) patch.tenantId = typeof props.tenantId === 'string' ? props.tenantId : null;
  if (typeof props.graphqlUrl === 'string') patch.graphqlUrl = props.graphqlUrl;
  return patch;
}

export interface LiveHostContext {
  context: AdalHostContext;
  dispose(): void;
}

/** A reactive context for one mount, kept current by host events until disposed. */
export function createLiveHostContext(props: unknown): LiveHostContext {
  const context = reactive<AdalHostContext>({
    token: null,
    viewer: null,
    locale: DEFAULT_LOCALE,
    tenantId: null,
    graphqlUrl: '/graphql',
    ...readHostPatch(props),
  });
  const onChange = (event: Event): void => {
    Object.assign(context, readHostPatch((event as CustomEvent<unknown>).detail));
  };
  window.addEventListener(ADAL_CONTEXT_EVENT, onChange);
  return { context, dispose: () => window.removeEventListener(ADAL_CONTEXT_EVENT, onChange) };
}

export const adalContextKey: InjectionKey<DeepReadonly<AdalHostContext>> = Symbol('adal-context');

/** The host context of the plugin this component belongs to (token, viewer, locale, tenant). */
export function useAdalContext(): DeepReadonly<AdalHostContext> {
  const context = inject(adalContextKey, null);
  if (!context) throw new Error('useAdalContext() is only available inside a mounted Adal plugin');
  return context;
}
