import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { member } from '../testing/samples';
import { STAFF_PAGE_SIZE, useStaffStore } from './staff';

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

describe('useStaffStore', () => {
  it('asks the server for one page with the filters and the order, and starts over when either changes', async () => {
    graphql.on('ListStaff', () => ({ staff: { total: 60, people: [member()] } }));
    const store = useStaffStore();
    const byName = { field: 'name', direction: 'asc' };
    await store.goTo(1);
    expect(store.page).toBe(1);
    await store.filter({ search: '  омар ', orgUnitId: 'u2' });
    await store.goTo(2);
    await store.sortBy({ field: 'email', direction: 'desc' });
    expect(store.page).toBe(0);
    expect(graphql.sent('ListStaff')).toEqual([
      {
        search: null,
        orgUnitId: null,
        status: 'active',
        limit: STAFF_PAGE_SIZE,
        offset: STAFF_PAGE_SIZE,
        sort: byName,
      },
      { search: 'омар', orgUnitId: 'u2', status: 'active', limit: STAFF_PAGE_SIZE, offset: 0, sort: byName },
      {
        search: 'омар',
        orgUnitId: 'u2',
        status: 'active',
        limit: STAFF_PAGE_SIZE,
        offset: 2 * STAFF_PAGE_SIZE,
        sort: byName,
      },
      {
        search: 'омар',
        orgUnitId: 'u2',
        status: 'active',
        limit: STAFF_PAGE_SIZE,
        offset: 0,
        sort: { field: 'email', direction: 'desc' },
      },
    ]);
    expect(store.total).toBe(60);
  });

  it('shows only the answer to the latest search when an earlier one comes back last', async () => {
    let answerFirst!: () => void;
    graphql.on('ListStaff', (variables) =>
      variables['search'] === 'да'
        ? new Promise((resolve) => {
            answerFirst = () => resolve({ staff: { total: 9, people: [member({ id: 'old' })] } });
          })
        : { staff: { total: 1, people: [member({ id: 'new' })] } },
    );
    const store = useStaffStore();
    const first = store.filter({ search: 'да' });
    await store.filter({ search: 'дана' });
    answerFirst();
    await first;
    expect(store.people.map((person) => person.id)).toEqual(['new']);
    expect(store.total).toBe(1);
  });

  it('puts the changed person in place of their row after a grant or a deactivation', async () => {
    graphql
      .on('ListStaff', () => ({ staff: { total: 1, people: [member()] } }))
      .on('GrantRole', () => ({ grantRole: member({ roles: ['auditor', 'employee'] }) }))
      .on('DeactivateStaffMember', () => ({ deactivateStaffMember: member({ active: false }) }));
    const store = useStaffStore();
    await store.load();
    await store.setRole('p1', 'auditor', true);
    expect(store.people[0]?.roles).toEqual(['auditor', 'employee']);
    await store.setActive('p1', false);
    expect(store.people[0]?.active).toBe(false);
    expect(graphql.sent('GrantRole')).toEqual([{ personId: 'p1', role: 'auditor' }]);
    expect(graphql.sent('DeactivateStaffMember')).toEqual([{ id: 'p1' }]);
  });
});
