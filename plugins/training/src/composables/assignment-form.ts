import { computed, ref, watch } from 'vue';
import { toAdalError, type AdalGraphqlError } from '@adal/sdk';
import type {
  AudienceKind,
  CreateTrainingAssignmentInput,
  Recurrence,
  Role,
} from '../graphql/generated/graphql';
import { useTrainingAssignmentsStore } from '../stores/training-assignments';

/** §68: new hires complete induction within their first 3 months. */
export const DEFAULT_NEW_HIRE_DAYS = 90;

export type AssignmentField = 'course' | 'orgUnits' | 'role' | 'newHireDays' | 'dueOn';

/** A calendar day as the API's YYYY-MM-DD, in the person's own time zone (the picker's day). */
export function calendarDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The "New assignment" form: its fields, their checks (as i18n keys) and the call that creates it. */
export function useAssignmentForm(today: () => Date = () => new Date()) {
  const store = useTrainingAssignmentsStore();
  const courseId = ref<string | null>(null);
  const audience = ref<AudienceKind>('whole_org');
  const orgUnitIds = ref<string[]>([]);
  const role = ref<Role | null>(null);
  const newHireDays = ref<number | null>(DEFAULT_NEW_HIRE_DAYS);
  const dueOn = ref<Date | null>(null);
  const recurrence = ref<Recurrence>('once');
  const submitting = ref(false);
  const attempted = ref(false);
  const serverError = ref<AdalGraphqlError | null>(null);

  const forNewHires = computed(() => audience.value === 'new_hires_within_days');
  // Induction happens once per person, each due days after their own hire: no date, no repetition.
  watch(forNewHires, (newHires) => {
    if (newHires) recurrence.value = 'once';
  });

  const fieldErrors = computed(() => {
    const errors: Partial<Record<AssignmentField, string>> = {};
    if (courseId.value === null) errors.course = 'assignments.form.required.course';
    if (audience.value === 'org_units' && orgUnitIds.value.length === 0) {
      errors.orgUnits = 'assignments.form.required.orgUnits';
    }
    if (audience.value === 'role' && role.value === null) errors.role = 'assignments.form.required.role';
    if (
      forNewHires.value &&
      (newHireDays.value === null || newHireDays.value < 1 || newHireDays.value > 366)
    ) {
      errors.newHireDays = 'assignments.form.required.newHireDays';
    }
    if (!forNewHires.value && dueOn.value === null) errors.dueOn = 'assignments.form.required.dueOn';
    return errors;
  });
  /** Field errors show once the person has tried to save, not while they are still filling in. */
  const shownErrors = computed(() => (attempted.value ? fieldErrors.value : {}));

  function toInput(): CreateTrainingAssignmentInput {
    return {
      courseId: courseId.value ?? '',
      audience: audience.value,
      dueOn: calendarDay(forNewHires.value || dueOn.value === null ? today() : dueOn.value),
      recurrence: forNewHires.value ? 'once' : recurrence.value,
      ...(audience.value === 'org_units' ? { orgUnitIds: orgUnitIds.value } : {}),
      ...(audience.value === 'role' && role.value !== null ? { role: role.value } : {}),
      ...(forNewHires.value && newHireDays.value !== null ? { newHireDays: newHireDays.value } : {}),
    };
  }

  /** Sends the form; true when the assignment was created (the list is then reloaded). */
  async function submit(): Promise<boolean> {
    attempted.value = true;
    serverError.value = null;
    if (Object.keys(fieldErrors.value).length > 0) return false;
    submitting.value = true;
    try {
      await store.create(toInput());
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
    newHireDays.value = DEFAULT_NEW_HIRE_DAYS;
    dueOn.value = null;
    recurrence.value = 'once';
    attempted.value = false;
    serverError.value = null;
  }

  return {
    courseId,
    audience,
    orgUnitIds,
    role,
    newHireDays,
    dueOn,
    recurrence,
    forNewHires,
    submitting,
    serverError,
    fieldErrors: shownErrors,
    toInput,
    submit,
    reset,
  };
}
