import type { AdalHostContext, AdalLocale, AdalViewer } from '@adal/sdk';

const TOKEN_KEY = 'adal.token';
const LOCALE_KEY = 'adal.locale';
const LOCALES: readonly string[] = ['kk', 'ru', 'en'];

export interface SessionState {
  token: string | null;
  viewer: AdalViewer | null;
  locale: AdalLocale;
}

/** Fired on every change; `auth` when signing in or out changes which plugins may run. */
export type SessionChange = 'auth' | 'viewer' | 'locale';

/**
 * Who is signed in and in which language, shared by the root config and the chrome. Kept free
 * of any framework so that the root config stays plain. The token lives in sessionStorage (it
 * dies with the tab); the language choice in localStorage (it is a preference).
 */
export class Session extends EventTarget {
  #state: SessionState;

  constructor(
    private readonly tokens: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    private readonly preferences: Pick<Storage, 'getItem' | 'setItem'>,
  ) {
    super();
    const stored = preferences.getItem(LOCALE_KEY);
    this.#state = {
      token: tokens.getItem(TOKEN_KEY),
      viewer: null,
      locale: stored !== null && LOCALES.includes(stored) ? (stored as AdalLocale) : 'kk',
    };
  }

  get state(): Readonly<SessionState> {
    return this.#state;
  }

  get signedIn(): boolean {
    return this.#state.token !== null;
  }

  signIn(token: string, viewer: AdalViewer): void {
    this.tokens.setItem(TOKEN_KEY, token);
    this.#state = { ...this.#state, token, viewer };
    this.#emit('auth');
  }

  setViewer(viewer: AdalViewer): void {
    this.#state = { ...this.#state, viewer };
    this.#emit('viewer');
  }

  signOut(): void {
    this.tokens.removeItem(TOKEN_KEY);
    this.#state = { ...this.#state, token: null, viewer: null };
    this.#emit('auth');
  }

  setLocale(locale: AdalLocale): void {
    this.preferences.setItem(LOCALE_KEY, locale);
    this.#state = { ...this.#state, locale };
    this.#emit('locale');
  }

  /** The custom props every plugin receives (see @adal/sdk AdalHostContext). */
  hostProps(origin: string): AdalHostContext {
    return {
      token: this.#state.token,
      viewer: this.#state.viewer,
      locale: this.#state.locale,
      tenantId: this.#state.viewer?.organization.id ?? null,
      graphqlUrl: new URL('/graphql', origin).href,
    };
  }

  #emit(change: SessionChange): void {
    this.dispatchEvent(new CustomEvent<SessionChange>('change', { detail: change }));
  }
}

export const session = new Session(window.sessionStorage, window.localStorage);
