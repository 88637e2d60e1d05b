import { computed, ref, watch } from 'vue';
import { toAdalError, type AdalGraphqlError } from '@adal/sdk';
import type { AttendanceEntryInput, AttendanceStatus } from '../graphql/generated/graphql';
import type { RecordedAttendance } from '../stores/training-session';
import { refusedField } from './refused-field';

/** One person on the sheet, as the recorder marks them. */
export interface AttendanceRow {
  personId: string;
  fullName: string;
  email: string;
  status: AttendanceStatus;
  reason: string;
  scorePercent: number | null;
}

export type AttendanceField = 'personId' | 'status' | 'reason' | 'scorePercent';

/** A person to add: who the staff search found. */
export interface StaffMember {
  id: string;
  fullName: string;
  email: string;
}

/** The gateway's limit on a reason's length. */
export const MAX_REASON = 500;

/**
 * The attendance being recorded: people added one by one, each attended (with the knowledge
 * check's score when the session has one) or absent with why (§68), sent all at once. A refusal
 * names a row (`entries.N.field`): it is shown at that row, and nothing was recorded.
 */
export function useAttendanceSheet(options: {
  knowledgeCheck: () => boolean;
  recorded: () => readonly RecordedAttendance[];
  send: (entries: AttendanceEntryInput[]) => Promise<number>;
}) {
  const rows = ref<AttendanceRow[]>([]);
  const attempted = ref(false);
  const submitting = ref(false);
  const serverError = ref<AdalGraphqlError | null>(null);

  /** Adds a person; one already recorded comes with what was recorded, to be changed. False when listed already. */
  function add(person: StaffMember): boolean {
    if (rows.value.some((row) => row.personId === person.id)) return false;
    const before = options.recorded().find((entry) => entry.personId === person.id);
    rows.value = [
      ...rows.value,
      {
        personId: person.id,
        fullName: person.fullName,
        email: person.email,
        status: before?.status ?? 'attended',
        reason: before?.reason ?? '',
        scorePercent: before?.scorePercent ?? null,
      },
    ];
    return true;
  }

  function remove(personId: string): void {
    rows.value = rows.value.filter((row) => row.personId !== personId);
  }

  // A refusal named a row by its place and concerned the values sent; once they change, it no longer stands.
  watch(rows, () => (serverError.value = null), { deep: true });

  const checks = computed(() =>
    rows.value.map((row) => {
      const errors: Partial<Record<AttendanceField, string>> = {};
      if (row.status === 'absent' && row.reason.trim() === '') {
        errors.reason = 'record.required.reason';
      }
      if (row.reason.trim().length > MAX_REASON) errors.reason = 'record.required.reasonLength';
      const score = row.scorePercent;
      if (
        row.status === 'attended' &&
        score !== null &&
        (!Number.isInteger(score) || score < 0 || score > 100)
      ) {
        errors.scorePercent = 'record.required.scorePercent';
      }
      return errors;
    }),
  );
  const rowErrors = computed(() => (attempted.value ? checks.value : []));
  /** Saving an empty sheet says to add someone first. */
  const empty = computed(() => attempted.value && rows.value.length === 0);

  /** The refused row and field, from `entries.N.field`. */
  const refusedAt = computed<{ row: number; field: AttendanceField } | null>(() => {
    const match = /^entries\.(\d+)\.(personId|status|reason|scorePercent)$/.exec(
      refusedField(serverError.value) ?? '',
    );
    return match ? { row: Number(match[1]), field: match[2] as AttendanceField } : null;
  });
  /** A refusal no row stands for (the session's day has not come, it was cancelled): shown under the sheet. */
  const sheetError = computed(() => (refusedAt.value ? null : serverError.value));

  function toEntries(): AttendanceEntryInput[] {
    return rows.value.map((row) =>
      row.status === 'absent'
        ? { personId: row.personId, status: 'absent', reason: row.reason.trim() }
        : {
            personId: row.personId,
            status: 'attended',
            ...(options.knowledgeCheck() && row.scorePercent !== null
              ? { scorePercent: row.scorePercent }
              : {}),
          },
    );
  }

  /** Sends every row; the number recorded, or null when nothing was (the reason is at its row or under the sheet). */
  async function submit(): Promise<number | null> {
    attempted.value = true;
    serverError.value = null;
    if (rows.value.length === 0 || checks.value.some((errors) => Object.keys(errors).length > 0)) return null;
    submitting.value = true;
    try {
      const recorded = await options.send(toEntries());
      rows.value = [];
      attempted.value = false;
      return recorded;
    } catch (caught) {
      serverError.value = toAdalError(caught);
      return null;
    } finally {
      submitting.value = false;
    }
  }

  return {
    rows,
    submitting,
    serverError,
    rowErrors,
    empty,
    refusedAt,
    sheetError,
    add,
    remove,
    toEntries,
    submit,
  };
}
