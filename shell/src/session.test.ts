import { describe, expect, it } from 'vitest';
import type { AdalViewer } from '@adal/sdk/host';
import { Session, type SessionChange } from './session';

const viewer: AdalViewer = {
  id: 'p1',
  fullName: 'Ерлан Жұмабаев',
  email: 'employee@demo.adal.kz',
  locale: 'ru',
  roles: ['employee'],
  organization: { id: 'org-1', name: 'Demo', names: { kk: 'Demo', ru: 'Demo', en: 'Demo' } },
};

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function recordChanges(session: Session): SessionChange[] {
  const changes: SessionChange[] = [];
  session.addEventListener('change', (event) => changes.push((event as CustomEvent<SessionChange>).detail));
  return changes;
}

describe('Session', () => {
  it('starts signed out in Kazakh', () => {
    const session = new Session(memoryStorage(), memoryStorage());
    expect(session.signedIn).toBe(false);
    expect(session.state.locale).toBe('kk');
  });

  it('keeps the token in the tab storage and announces the sign-in', () => {
    const tokens = memoryStorage();
    const session = new Session(tokens, memoryStorage());
    const changes = recordChanges(session);
    session.signIn('jwt', viewer);
    expect(tokens.items.get('adal.token')).toBe('jwt');
    expect(session.state.viewer).toEqual(viewer);
    expect(changes).toEqual(['auth']);
    // A reload of the same tab is still signed in.
    expect(new Session(tokens, memoryStorage()).signedIn).toBe(true);
  });

  it('forgets the token and the viewer on sign-out', () => {
    const tokens = memoryStorage();
    const session = new Session(tokens, memoryStorage());
    session.signIn('jwt', viewer);
    const changes = recordChanges(session);
    session.signOut();
    expect(tokens.items.has('adal.token')).toBe(false);
    expect(session.state).toMatchObject({ token: null, viewer: null });
    expect(changes).toEqual(['auth']);
  });

  it('remembers the chosen language as a preference', () => {
    const preferences = memoryStorage();
    const session = new Session(memoryStorage(), preferences);
    const changes = recordChanges(session);
    session.setLocale('en');
    expect(session.state.locale).toBe('en');
    expect(changes).toEqual(['locale']);
    expect(new Session(memoryStorage(), preferences).state.locale).toBe('en');
  });

  it('ignores a stored language it does not know', () => {
    const session = new Session(memoryStorage(), memoryStorage({ 'adal.locale': 'de' }));
    expect(session.state.locale).toBe('kk');
  });

  it('hands plugins the token, viewer, tenant, locale and an absolute GraphQL address', () => {
    const session = new Session(memoryStorage(), memoryStorage());
    session.signIn('jwt', viewer);
    session.setLocale('ru');
    expect(session.hostProps('https://adal.example.kz')).toEqual({
      token: 'jwt',
      viewer,
      locale: 'ru',
      tenantId: 'org-1',
      graphqlUrl: 'https://adal.example.kz/graphql',
    });
  });

  it('asks for a new sign-in when the server ends the session, and says why until the next sign-in', () => {
    const tokens = memoryStorage();
    const session = new Session(tokens, memoryStorage());
    session.signIn('abc', viewer);
    const changes = recordChanges(session);
    session.expire();
    expect(session.signedIn).toBe(false);
    expect(session.state.signedOutBecause).toBe('expired');
    expect(tokens.items.has('adal.token')).toBe(false);
    expect(changes).toEqual(['auth']);
    // Nothing more to end: the reason stays as it was.
    session.expire();
    expect(changes).toEqual(['auth']);
    session.signIn('def', viewer);
    expect(session.state.signedOutBecause).toBeNull();
    session.signOut();
    expect(session.state.signedOutBecause).toBeNull();
  });

  it('forgets a stored token whose time has passed, and says why', () => {
    const now = Date.UTC(2026, 11, 3, 12);
    const jwt = (exp: number) => `h.${btoa(JSON.stringify({ sub: 'p1', exp })).replace(/=+$/, '')}.s`;
    const stale = memoryStorage({ 'adal.token': jwt(now / 1000 - 60) });
    const expired = new Session(stale, memoryStorage(), () => now);
    expect(expired.signedIn).toBe(false);
    expect(expired.state.signedOutBecause).toBe('expired');
    expect(stale.items.has('adal.token')).toBe(false);

    const fresh = new Session(
      memoryStorage({ 'adal.token': jwt(now / 1000 + 3600) }),
      memoryStorage(),
      () => now,
    );
    expect(fresh.signedIn).toBe(true);
    expect(fresh.state.signedOutBecause).toBeNull();
  });
});
