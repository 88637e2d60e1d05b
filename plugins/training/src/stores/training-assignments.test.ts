import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { useAssignmentForm } from '../composables/assignment-form';
import type { TrainingAssignmentFieldsFragment } from '../graphql/generated/graphql';
import { FakeGraphql } from '@adal/sdk/testing';
import { useTrainingAssignmentsStore } from './training-assignments';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

function assignment(
  id: string,
  title: string,
  overrides: Partial<TrainingAssignmentFieldsFragment> = {},
): TrainingAssignmentFieldsFragment {
  return {
    id,
    course: { id: `course-${id}`, title: { kk: title, ru: title, en: '' } },
    audience: 'whole_org',
    orgUnitIds: [],
    role: null,
    newHireMonths: null,
    dueOn: '2026-12-31',
    recurrence: 'yearly',
    riskIds: [],
    answeredRisks: [],
    enrolled: 3,
    active: true,
    ...overrides,
  };
}

let graphql: FakeGraphql;
let stored: TrainingAssignmentFieldsFragment[];

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
  stored = [assignment('a1', 'Сыбайлас жемқорлыққа қарсы'), assignment('a2', 'Конфликт интересов')];
  graphql.on('ListTrainingAssignments', () => ({ trainingAssignments: [...stored] }));
});

describe('useTrainingAssignmentsStore', () => {
  it('loads the assignments and filters them by course title, ignoring case', async () => {
    const store = useTrainingAssignmentsStore();
    await store.load();
    expect(store.status).toBe('ready');
    expect(store.visible.map((a) => a.id)).toEqual(['a1', 'a2']);

    store.search = 'конфликт';
    expect(store.visible.map((a) => a.id)).toEqual(['a2']);
    store.search = 'nothing like it';
    expect(store.visible).toEqual([]);
  });

  it('shows the error state when the list cannot be loaded', async () => {
    graphql.on('ListTrainingAssignments', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'Only training managers may see assignments');
    });
    const store = useTrainingAssignmentsStore();
    await store.load();
    expect(store.status).toBe('error');
    expect(store.error?.code).toBe('FORBIDDEN');
  });
});

describe('useAssignmentForm', () => {
  it('does not send a form with missing fields and names each one', async () => {
    const form = useAssignmentForm();
    form.audience.value = 'org_units';
    expect(form.fieldErrors.value).toEqual({});

    expect(await form.submit()).toBe(false);
    expect(form.fieldErrors.value).toEqual({
      course: 'assignments.form.required.course',
      orgUnits: 'assignments.form.required.orgUnits',
      dueOn: 'assignments.form.required.dueOn',
    });
    expect(graphql.sent('CreateTrainingAssignment')).toEqual([]);
  });

  it('sends the chosen org units, due date and recurrence, then reloads the list', async () => {
    graphql.on('CreateTrainingAssignment', () => {
      const created = assignment('a3', 'Закупки', { audience: 'org_units', orgUnitIds: ['u1', 'u2'] });
      stored = [created, ...stored];
      return { createTrainingAssignment: created };
    });
    const store = useTrainingAssignmentsStore();
    await store.load();
    const form = useAssignmentForm(() => new Date(2026, 5, 15));
    form.courseId.value = 'course-1';
    form.audience.value = 'org_units';
    form.orgUnitIds.value = ['u1', 'u2'];
    form.recurrence.value = 'half_yearly';
    // §35.2: the periods are calendar half-years, the current one first; the second is chosen.
    expect(form.periods.value.map((period) => period.dueOn)).toEqual([
      '2026-06-30',
      '2026-12-31',
      '2027-06-30',
      '2027-12-31',
    ]);
    expect(form.firstPeriod.value).toBe('2026-06-30');
    form.firstPeriod.value = '2026-12-31';

    expect(await form.submit()).toBe(true);
    expect(graphql.sent('CreateTrainingAssignment')).toEqual([
      {
        input: {
          courseId: 'course-1',
          audience: 'org_units',
          orgUnitIds: ['u1', 'u2'],
          dueOn: '2026-12-31',
          recurrence: 'half_yearly',
          riskIds: [],
        },
      },
    ]);
    expect(graphql.sent('ListTrainingAssignments')).toHaveLength(2);
    expect(store.assignments.map((a) => a.id)).toEqual(['a3', 'a1', 'a2']);
  });

  it('sends new hires with 3 months by default, once, without asking for a due date (§68)', async () => {
    graphql.on('CreateTrainingAssignment', () => ({
      createTrainingAssignment: assignment('a4', 'Induction', { audience: 'new_hires' }),
    }));
    const form = useAssignmentForm(() => new Date(2026, 5, 15));
    form.courseId.value = 'course-1';
    form.recurrence.value = 'yearly';
    form.audience.value = 'new_hires';
    await Promise.resolve();

    expect(await form.submit()).toBe(true);
    expect(graphql.sent('CreateTrainingAssignment')).toEqual([
      {
        input: {
          courseId: 'course-1',
          audience: 'new_hires',
          newHireMonths: 3,
          dueOn: '2026-06-15',
          recurrence: 'once',
          riskIds: [],
        },
      },
    ]);
  });

  it('keeps the typed error of a refused assignment for the form to show, and the list unchanged', async () => {
    graphql.on('CreateTrainingAssignment', () => {
      throw new AdalGraphqlError('NOT_FOUND', 'OrgUnit u9 was not found');
    });
    const store = useTrainingAssignmentsStore();
    await store.load();
    const form = useAssignmentForm();
    form.courseId.value = 'course-1';
    form.audience.value = 'role';
    form.role.value = 'compliance_officer';
    form.dueOn.value = new Date(2026, 11, 31);

    expect(await form.submit()).toBe(false);
    expect(graphql.sent('CreateTrainingAssignment')[0]?.['input']).toMatchObject({
      audience: 'role',
      role: 'compliance_officer',
    });
    expect(form.serverError.value?.code).toBe('NOT_FOUND');
    expect(form.submitting.value).toBe(false);
    expect(graphql.sent('ListTrainingAssignments')).toHaveLength(1);
    expect(store.assignments.map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});
