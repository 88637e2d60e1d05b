import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { assignment } from '../testing/samples';
import { useMyAssignmentsStore } from './my-assignments';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
});

describe('useMyAssignmentsStore', () => {
  it('loads the assigned courses and finds them by enrolment and by test', async () => {
    const yearly = assignment();
    const induction = assignment({ id: 'enrolment-2', testId: 'test-2' });
    graphql.on('ListMyAssignments', () => ({ myAssignments: [yearly, induction] }));
    const store = useMyAssignmentsStore();
    await store.load();

    expect(store.status).toBe('ready');
    expect(store.byId('enrolment-2')).toBe(store.assignments[1]);
    expect(store.byTestId('test-1')?.id).toBe('enrolment-1');
    expect(store.byId('missing')).toBeUndefined();
  });

  it('loads once for pages opened directly, and again after an error', async () => {
    let fail = true;
    graphql.on('ListMyAssignments', () => {
      if (fail) throw new AdalGraphqlError('NETWORK', 'offline');
      return { myAssignments: [] };
    });
    const store = useMyAssignmentsStore();
    await store.ensureLoaded();
    expect(store.status).toBe('error');
    expect(store.error?.code).toBe('NETWORK');

    fail = false;
    await store.ensureLoaded();
    await store.ensureLoaded();
    expect(store.status).toBe('ready');
    expect(graphql.sent('ListMyAssignments')).toHaveLength(2);
  });
});
