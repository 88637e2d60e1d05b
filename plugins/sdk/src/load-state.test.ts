import { describe, expect, it } from 'vitest';
import { AdalGraphqlError } from './graphql/errors';
import { toAdalError, useLoadState } from './load-state';

function deferred(): { promise: Promise<void>; resolve(): void; reject(error: unknown): void } {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('useLoadState', () => {
  it('is loading while the load runs and ready when it is done', async () => {
    const state = useLoadState();
    const load = deferred();
    const tracked = state.track(() => load.promise);
    expect(state.status.value).toBe('loading');
    load.resolve();
    await tracked;
    expect(state.status.value).toBe('ready');
    expect(state.error.value).toBeNull();
  });

  it('keeps the failure as an error the page can show and retry', async () => {
    const state = useLoadState();
    await state.track(() => Promise.reject(new AdalGraphqlError('FORBIDDEN', 'Not yours')));
    expect(state.status.value).toBe('error');
    expect(state.error.value).toMatchObject({ code: 'FORBIDDEN', message: 'Not yours' });
    await state.track(() => Promise.resolve());
    expect(state.status.value).toBe('ready');
    expect(state.error.value).toBeNull();
  });

  it('lets a newer load win over a slower older one', async () => {
    const state = useLoadState();
    const older = deferred();
    const first = state.track(() => older.promise);
    await state.track(() => Promise.resolve());
    older.reject(new Error('stale'));
    await first;
    expect(state.status.value).toBe('ready');
    expect(state.error.value).toBeNull();
  });
});

describe('toAdalError', () => {
  it('keeps an AdalGraphqlError and makes anything else an INTERNAL one', () => {
    const known = new AdalGraphqlError('CONFLICT', 'Already closed');
    expect(toAdalError(known)).toBe(known);
    expect(toAdalError(new Error('boom'))).toMatchObject({ code: 'INTERNAL', message: 'boom' });
    expect(toAdalError('text')).toMatchObject({ code: 'INTERNAL', message: 'text' });
  });
});
