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
  it('loads the assigned courses and finds them by test', async () => {
    const yearly = assignment();
    const induction = assignment({ id: 'enrolment-2', testId: 'test-2' });
    graphql.on('ListMyAssignments', () => ({ myAssignments: [yearly, induction] }));
    const store = useMyAssignmentsStore();
    await store.load();

    expect(store.status).toBe('ready');
    expect(store.byTestId('test-2')).toBe(store.assignments[1]);
    expect(store.byTestId('missing')).toBeUndefined();
  });

  it('loads a course with its lessons for its own page, each time, and says so when it is not the viewer’s', async () => {
    const yearly = assignment();
    graphql.on('GetMyAssignment', ({ id }) => ({ myAssignment: id === yearly.id ? yearly : null }));
    const store = useMyAssignmentsStore();
    expect(store.courseById(yearly.id)).toBeUndefined();
    await store.loadCourse(yearly.id);
    expect(store.courseStatus).toBe('ready');
    expect(store.courseById(yearly.id)?.course.lessons).toEqual(yearly.course.lessons);
    await store.loadCourse(yearly.id);
    expect(graphql.sent('GetMyAssignment')).toHaveLength(2);

    await store.loadCourse('not-mine');
    expect(store.courseById('not-mine')).toBeNull();
  });

  it('keeps a course page’s failure apart from the list', async () => {
    graphql
      .on('ListMyAssignments', () => ({ myAssignments: [] }))
      .on('GetMyAssignment', () => {
        throw new AdalGraphqlError('NETWORK', 'offline');
      });
    const store = useMyAssignmentsStore();
    await store.load();
    await store.loadCourse('enrolment-1');
    expect(store.courseStatus).toBe('error');
    expect(store.courseError?.code).toBe('NETWORK');
    expect(store.status).toBe('ready');
  });
});
