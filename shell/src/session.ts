import type { AdalHostContext, AdalLocale, AdalViewer } from '@adal/sdk/host';

const TOKEN_KEY = 'adal.token';
const LOCALE_KEY = 'adal.locale';
const LOCALES: readonly string[] = ['kk', 'ru', 'en'];

/** Why nobody is signed in, when it was not the person's own choice: the sign-in page says so. */
export type SignedOutReason = 'expired';

export interface SessionState {
  token: string | null;
  viewer: AdalViewer | null;
  locale: AdalLocale;
  signedOutBecause: SignedOutReason | null;
}

/**
 * Whether a JWT's `exp` (seconds) has passed. The server decides what a token is worth; this
 * only spares a person a page that would fail, after a reload in a tab left open overnight.
 */
export function tokenExpired(token: string, now: number): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof claims.exp === 'number' && claims.exp * 1000 <= now;
  } catch {
    return false;
  }
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
    now: () => number = Date.now,
  ) {
    super();
    const stored = preferences.getItem(LOCALE_KEY);
    const token = tokens.getItem(TOKEN_KEY);
    const expired = token !== null && tokenExpired(token, now());
    if (expired) tokens.removeItem(TOKEN_KEY);
    this.#state = {
      token: expired ? null : token,
      viewer: null,
      locale: stored !== null && LOCALES.includes(stored) ? (stored as AdalLocale) : 'kk',
      signedOutBecause: expired ? 'expired' : null,
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
    this.#state = { ...this.#state, token, viewer, signedOutBecause: null };
    this.#emit('auth');
  }

  setViewer(viewer: AdalViewer): void {
    this.#state = { ...this.#state, viewer };
    this.#emit('viewer');
  }

  signOut(): void {
    this.#end(null);
  }

  /**
   * The server no longer takes the token (expired, revoked, or unknown after a restart). The
   * person signs in again where they are: the address stays, so the page comes back after.
   */
  expire(): void {
    if (this.signedIn) this.#end('expired');
  }

  #end(reason: SignedOutReason | null): void {
    this.tokens.removeItem(TOKEN_KEY);
    this.#state = { ...this.#state, token: null, viewer: null, signedOutBecause: reason };
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
