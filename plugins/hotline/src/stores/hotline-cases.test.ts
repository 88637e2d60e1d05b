import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { caseSummary } from '../testing/samples';
import { CASES_PAGE_SIZE, useHotlineCasesStore } from './hotline-cases';

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
  graphql.on('ListHotlineCases', () => ({
    hotlineCases: {
      total: 60,
      items: [caseSummary(), caseSummary({ id: 'case-2', number: 'HL-2026-0002' })],
    },
  }));
});

describe('useHotlineCasesStore', () => {
  it('asks for the first page with no filter, then counts the pages from the total', async () => {
    const store = useHotlineCasesStore();
    await store.load();
    expect(graphql.sent('ListHotlineCases')).toEqual([{ filter: { offset: 0, limit: CASES_PAGE_SIZE } }]);
    expect(store.status).toBe('ready');
    expect(store.items.map((item) => item.number)).toEqual(['HL-2026-0001', 'HL-2026-0002']);
    expect(store.pageCount).toBe(3);
    expect(store.hasPrevious).toBe(false);
    expect(store.hasNext).toBe(true);
    expect(store.filtered).toBe(false);
  });

  it('sends only the filters chosen, with the number search trimmed, and starts again from the first page', async () => {
    const store = useHotlineCasesStore();
    await store.load();
    await store.goToPage(2);
    expect(graphql.sent('ListHotlineCases').at(-1)).toEqual({ filter: { offset: 50, limit: 25 } });

    await store.applyFilters({ status: 'received', overdueOnly: true, search: '  HL-2026-0007 ' });
    expect(store.page).toBe(0);
    expect(store.filtered).toBe(true);
    expect(graphql.sent('ListHotlineCases').at(-1)).toEqual({
      filter: { status: 'received', overdueOnly: true, search: 'HL-2026-0007', offset: 0, limit: 25 },
    });

    await store.applyFilters({ category: 'conflict_of_interest', assignedToMe: true, status: null });
    expect(graphql.sent('ListHotlineCases').at(-1)).toEqual({
      filter: {
        category: 'conflict_of_interest',
        overdueOnly: true,
        assignedToMe: true,
        search: 'HL-2026-0007',
        offset: 0,
        limit: 25,
      },
    });

    await store.clearFilters();
    expect(graphql.sent('ListHotlineCases').at(-1)).toEqual({ filter: { offset: 0, limit: 25 } });
  });

  it('sorts on the server from the first page, keeping the filters, and sends no sort for the default order', async () => {
    const store = useHotlineCasesStore();
    await store.applyFilters({ status: 'received' });
    await store.goToPage(1);
    await store.sortBy({ field: 'deadline', direction: 'asc' });
    expect(store.page).toBe(0);
    expect(graphql.sent('ListHotlineCases').at(-1)).toEqual({
      filter: { status: 'received', sort: { field: 'deadline', direction: 'asc' }, offset: 0, limit: 25 },
    });
    await store.goToPage(2);
    expect(graphql.sent('ListHotlineCases').at(-1)).toEqual({
      filter: { status: 'received', sort: { field: 'deadline', direction: 'asc' }, offset: 50, limit: 25 },
    });
    await store.sortBy({ field: 'received', direction: 'desc' });
    expect(graphql.sent('ListHotlineCases').at(-1)).toEqual({
      filter: { status: 'received', offset: 0, limit: 25 },
    });
  });

  it('never pages past the last page nor before the first', async () => {
    const store = useHotlineCasesStore();
    await store.load();
    await store.goToPage(7);
    expect(store.page).toBe(2);
    await store.goToPage(-1);
    expect(store.page).toBe(0);
  });

  it('keeps the error of a refused list for the page to show', async () => {
    graphql.on('ListHotlineCases', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'Only the hotline’s staff see cases');
    });
    const store = useHotlineCasesStore();
    await store.load();
    expect(store.status).toBe('error');
    expect(store.error?.code).toBe('FORBIDDEN');
  });
});
