import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { useCompletionStore } from './completion';
import { PEOPLE_PAGE_SIZE, useCompletionPeopleStore } from './completion-people';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const figures = {
  assigned: 10,
  started: 6,
  passed: 4,
  failed: 1,
  overdue: 2,
  startedPercent: 60,
  passedPercent: 40,
  failedPercent: 10,
  overduePercent: 20,
};

const named = (name: string) => ({ kk: name, ru: name, en: name });
const UNITS: Record<string, ReturnType<typeof named>> = {
  root: named('Holding'),
  hq: named('Head office'),
  it: named('IT department'),
};

let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('GetTrainingCompletion', (variables) => {
    const id = (variables.orgUnitId as string | null) ?? 'root';
    return {
      trainingCompletion: { orgUnit: { id, names: UNITS[id], parent: null }, total: figures, rows: [] },
    };
  });
});

describe('useCompletionStore', () => {
  it('starts the breadcrumb at the root the server answers with', async () => {
    const store = useCompletionStore();
    await store.load();

    expect(graphql.sent('GetTrainingCompletion')).toEqual([{ courseId: null, orgUnitId: null }]);
    expect(store.trail).toEqual([{ id: 'root', names: named('Holding') }]);
    expect(store.completion?.total.passedPercent).toBe(40);
  });

  it('drills down the structure and back up through the breadcrumb, keeping the course filter', async () => {
    const store = useCompletionStore();
    await store.load();
    await store.selectCourse('course-1');
    await store.drillDown({ id: 'hq', names: named('Head office') });
    await store.drillDown({ id: 'it', names: named('IT department') });
    expect(store.trail.map((step) => step.id)).toEqual(['root', 'hq', 'it']);

    await store.goUp(0);
    expect(store.trail.map((step) => step.id)).toEqual(['root']);
    expect(graphql.sent('GetTrainingCompletion')).toEqual([
      { courseId: null, orgUnitId: null },
      { courseId: 'course-1', orgUnitId: 'root' },
      { courseId: 'course-1', orgUnitId: 'hq' },
      { courseId: 'course-1', orgUnitId: 'it' },
      { courseId: 'course-1', orgUnitId: 'root' },
    ]);
  });
});

describe('useCompletionPeopleStore', () => {
  it('lists the people behind a figure a page at a time', async () => {
    const person = (n: number) => ({ id: `p${n}`, fullName: `Person ${n}` });
    graphql.on('ListCompletionPeople', (variables) => ({
      trainingCompletionPeople:
        variables.offset === 0
          ? Array.from({ length: PEOPLE_PAGE_SIZE }, (_, n) => person(n))
          : [person(PEOPLE_PAGE_SIZE)],
    }));
    const store = useCompletionPeopleStore();
    await store.open({
      courseId: 'course-1',
      orgUnit: { id: 'hq', names: named('Head office') },
      figure: 'overdue',
    });
    expect(store.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(store.hasNext).toBe(true);
    expect(store.hasPrevious).toBe(false);

    await store.goToPage(1);
    expect(store.people.map((p) => p.id)).toEqual([`p${PEOPLE_PAGE_SIZE}`]);
    expect(store.hasNext).toBe(false);
    expect(store.hasPrevious).toBe(true);
    expect(graphql.sent('ListCompletionPeople')).toEqual([
      { courseId: 'course-1', orgUnitId: 'hq', figure: 'overdue', limit: PEOPLE_PAGE_SIZE, offset: 0 },
      {
        courseId: 'course-1',
        orgUnitId: 'hq',
        figure: 'overdue',
        limit: PEOPLE_PAGE_SIZE,
        offset: PEOPLE_PAGE_SIZE,
      },
    ]);

    store.close();
    expect(store.selection).toBeNull();
    expect(store.people).toEqual([]);
  });
});
