import { computed, ref, watch } from 'vue';
import { calendarDay, toAdalError, type AdalGraphqlError } from '@adal/sdk';
import type {
  AudienceKind,
  CreateTrainingAssignmentInput,
  EditTrainingAssignmentInput,
  Recurrence,
  Role,
} from '../graphql/generated/graphql';
import { useTrainingAssignmentsStore, type TrainingAssignment } from '../stores/training-assignments';
import { refusedField } from './refused-field';

/** §68: new employees complete compliance training within the first 3 months after hiring. */
export const DEFAULT_NEW_HIRE_MONTHS = 3;

export type AssignmentField = 'course' | 'orgUnits' | 'role' | 'newHireMonths' | 'dueOn';

/** A calendar period a recurring assignment can start with: its last day is its due date. */
export interface FirstPeriod {
  dueOn: string;
  year: number;
  /** 1 or 2 for a half-year; null for a year. */
  half: 1 | 2 | null;
}

/**
 * §35.2, §19, §52.3, §68: recurring training runs in calendar half-years or years, each due on
 * its last day. The periods offered to start with: the current one and the next few.
 */
export function firstPeriods(recurrence: Exclude<Recurrence, 'once'>, today: Date, count = 4): FirstPeriod[] {
  const year = today.getFullYear();
  if (recurrence === 'yearly') {
    return Array.from({ length: count }, (_, k) => ({
      dueOn: `${year + k}-12-31`,
      year: year + k,
      half: null,
    }));
  }
  const firstHalf = today.getMonth() < 6 ? 0 : 1;
  return Array.from({ length: count }, (_, k) => {
    const index = firstHalf + k;
    const periodYear = year + Math.floor(index / 2);
    const half = index % 2 === 0 ? 1 : 2;
    return { dueOn: `${periodYear}-${half === 1 ? '06-30' : '12-31'}`, year: periodYear, half };
  });
}

// The picker's calendar day is the kit's, re-exported for the training forms that import it from here.
export { calendarDay };

/** The "New assignment" form: its fields, their checks (as i18n keys) and the call that creates it. */
export function useAssignmentForm(today: () => Date = () => new Date()) {
  const store = useTrainingAssignmentsStore();
  const courseId = ref<string | null>(null);
  const audience = ref<AudienceKind>('whole_org');
  const orgUnitIds = ref<string[]>([]);
  const role = ref<Role | null>(null);
  const newHireMonths = ref<number | null>(DEFAULT_NEW_HIRE_MONTHS);
  const dueOn = ref<Date | null>(null);
  const recurrence = ref<Recurrence>('once');
  /** §9.1, §34: the register's risks the training answers. */
  const riskIds = ref<string[]>([]);
  const submitting = ref(false);
  const attempted = ref(false);
  const serverError = ref<AdalGraphqlError | null>(null);

  const chosenPeriod = ref<string | null>(null);
  const forNewHires = computed(() => audience.value === 'new_hires');
  // Induction happens once per person, each due months after their own hire: no date, no repetition.
  watch(forNewHires, (newHires) => {
    if (newHires) recurrence.value = 'once';
  });
  const periods = computed(() =>
    recurrence.value === 'once' ? [] : firstPeriods(recurrence.value, today()),
  );
  /** A recurring assignment starts with the current period unless the person picks a later one. */
  const firstPeriod = computed<string | null>({
    get: () =>
      periods.value.some((period) => period.dueOn === chosenPeriod.value)
        ? chosenPeriod.value
        : (periods.value[0]?.dueOn ?? null),
    set: (dueOn) => {
      chosenPeriod.value = dueOn;
    },
  });
  const recurring = computed(() => !forNewHires.value && recurrence.value !== 'once');

  const fieldErrors = computed(() => {
    const errors: Partial<Record<AssignmentField, string>> = {};
    if (courseId.value === null) errors.course = 'assignments.form.required.course';
    if (audience.value === 'org_units' && orgUnitIds.value.length === 0) {
      errors.orgUnits = 'assignments.form.required.orgUnits';
    }
    if (audience.value === 'role' && role.value === null) errors.role = 'assignments.form.required.role';
    if (
      forNewHires.value &&
      (newHireMonths.value === null || newHireMonths.value < 1 || newHireMonths.value > 12)
    ) {
      errors.newHireMonths = 'assignments.form.required.newHireMonths';
    }
    const due = recurring.value ? firstPeriod.value : dueOn.value;
    if (!forNewHires.value && due === null) errors.dueOn = 'assignments.form.required.dueOn';
    return errors;
  });
  /** Field errors show once the person has tried to save, not while they are still filling in. */
  const shownErrors = computed(() => (attempted.value ? fieldErrors.value : {}));

  function toInput(): CreateTrainingAssignmentInput {
    return {
      courseId: courseId.value ?? '',
      audience: audience.value,
      dueOn: recurring.value
        ? (firstPeriod.value ?? '')
        : calendarDay(forNewHires.value || dueOn.value === null ? today() : dueOn.value),
      recurrence: forNewHires.value ? 'once' : recurrence.value,
      riskIds: riskIds.value,
      ...(audience.value === 'org_units' ? { orgUnitIds: orgUnitIds.value } : {}),
      ...(audience.value === 'role' && role.value !== null ? { role: role.value } : {}),
      ...(forNewHires.value && newHireMonths.value !== null ? { newHireMonths: newHireMonths.value } : {}),
    };
  }

  /** What an edit sends: the audience, the due date and the risks; course and recurrence stay. */
  function toEditInput(): EditTrainingAssignmentInput {
    const { courseId: _course, recurrence: _recurrence, ...rest } = toInput();
    return rest;
  }

  /** Fills the form with an assignment, to edit it. */
  function fill(assignment: TrainingAssignment): void {
    reset();
    courseId.value = assignment.course.id;
    audience.value = assignment.audience;
    orgUnitIds.value = [...assignment.orgUnitIds];
    role.value = assignment.role ?? null;
    newHireMonths.value = assignment.newHireMonths ?? DEFAULT_NEW_HIRE_MONTHS;
    recurrence.value = assignment.recurrence;
    riskIds.value = [...assignment.riskIds];
    chosenPeriod.value = assignment.dueOn;
    const [year, month, day] = assignment.dueOn.split('-').map(Number) as [number, number, number];
    dueOn.value = new Date(year, month - 1, day);
  }

  /** A refusal that names a field of the form, shown next to that field. */
  const refusedOn = computed(() => refusedField(serverError.value));

  /**
   * Sends the form; true when the assignment was created (the list is then reloaded), or, given
   * `edit`, when the edit was saved.
   */
  async function submit(edit?: (input: EditTrainingAssignmentInput) => Promise<unknown>): Promise<boolean> {
    attempted.value = true;
    serverError.value = null;
    if (Object.keys(fieldErrors.value).length > 0) return false;
    submitting.value = true;
    try {
      if (edit) await edit(toEditInput());
      else await store.create(toInput());
      return true;
    } catch (caught) {
      serverError.value = toAdalError(caught);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  function reset(): void {
    courseId.value = null;
    audience.value = 'whole_org';
    orgUnitIds.value = [];
    role.value = null;
    newHireMonths.value = DEFAULT_NEW_HIRE_MONTHS;
    dueOn.value = null;
    chosenPeriod.value = null;
    recurrence.value = 'once';
    riskIds.value = [];
    attempted.value = false;
    serverError.value = null;
  }

  return {
    courseId,
    audience,
    orgUnitIds,
    role,
    newHireMonths,
    dueOn,
    recurrence,
    riskIds,
    firstPeriod,
    periods,
    recurring,
    forNewHires,
    submitting,
    serverError,
    fieldErrors: shownErrors,
    refusedOn,
    toInput,
    toEditInput,
    fill,
    submit,
    reset,
  };
}
