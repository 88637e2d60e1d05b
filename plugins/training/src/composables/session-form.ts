import { computed, ref, watch } from 'vue';
import { toAdalError, type AdalGraphqlError } from '@adal/sdk';
import type { TrainingSessionInput, TrainingSessionKind } from '../graphql/generated/graphql';
import type { TrainingSession } from '../stores/training-sessions';
import { calendarDay } from './assignment-form';
import { refusedField } from './refused-field';

/**
 * §5.3, §68: seminars, webinars, external courses; §5.4: the compliance staff's upskilling;
 * §29: the first head's yearly meeting on publishing declaration data.
 */
export const SESSION_KINDS: readonly TrainingSessionKind[] = [
  'seminar',
  'webinar',
  'external_course',
  'upskilling',
  'declaration_meeting',
];

/** The gateway's limits, checked here first so that the form says so before sending. */
export const MAX_DURATION_MINUTES = 480;
export const MAX_MATERIALS = 20;
const LINK = /^https?:\/\/\S+$/;

export type SessionField = 'kind' | 'topicKk' | 'topicRu' | 'plannedOn' | 'trainer' | 'durationMinutes';

export interface MaterialRow {
  title: string;
  url: string;
}

/** A YYYY-MM-DD day as the date picker's Date, in the person's own time zone. */
export function dayAsDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/**
 * The plan/edit form of a session: its fields, the checks made before sending (as i18n keys),
 * and where a refusal of the server belongs — a field, a material's row, or the form as a whole.
 */
export function useSessionForm(send: (input: TrainingSessionInput) => Promise<unknown>) {
  const kind = ref<TrainingSessionKind | null>(null);
  const topicKk = ref('');
  const topicRu = ref('');
  const topicEn = ref('');
  const plannedOn = ref<Date | null>(null);
  const trainer = ref('');
  const durationMinutes = ref<number | null>(null);
  const knowledgeCheck = ref(false);
  const materials = ref<MaterialRow[]>([]);
  const submitting = ref(false);
  const attempted = ref(false);
  const serverError = ref<AdalGraphqlError | null>(null);

  const checks = computed(() => {
    const errors: Partial<Record<SessionField, string>> = {};
    if (kind.value === null) errors.kind = 'sessions.form.missing.kind';
    if (topicKk.value.trim() === '') errors.topicKk = 'sessions.form.missing.topicKk';
    if (topicRu.value.trim() === '') errors.topicRu = 'sessions.form.missing.topicRu';
    if (plannedOn.value === null) errors.plannedOn = 'sessions.form.missing.plannedOn';
    if (trainer.value.trim() === '') errors.trainer = 'sessions.form.missing.trainer';
    const minutes = durationMinutes.value;
    if (minutes === null || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_DURATION_MINUTES) {
      errors.durationMinutes = 'sessions.form.missing.durationMinutes';
    }
    return errors;
  });
  const materialChecks = computed(() =>
    materials.value.map((row) => ({
      title: row.title.trim() === '' ? 'sessions.form.missing.materialTitle' : undefined,
      url: LINK.test(row.url.trim()) ? undefined : 'sessions.form.missing.materialUrl',
    })),
  );
  const valid = computed(
    () =>
      Object.keys(checks.value).length === 0 &&
      materialChecks.value.every((row) => row.title === undefined && row.url === undefined),
  );

  // A refusal concerned the values sent; once they change, it no longer stands.
  watch(
    [kind, topicKk, topicRu, topicEn, plannedOn, trainer, durationMinutes, knowledgeCheck, materials],
    () => (serverError.value = null),
    { deep: true },
  );

  /** Checks show once the person has tried to save, not while they are still filling in. */
  const fieldErrors = computed(() => (attempted.value ? checks.value : {}));
  const materialErrors = computed(() => (attempted.value ? materialChecks.value : []));

  /** The server's refusal at its field: `topic` is the Kazakh and Russian pair, `materials.N` a row. */
  const refused = computed(() => refusedField(serverError.value));
  const refusedFields = computed<SessionField[]>(() => {
    switch (refused.value) {
      case 'kind':
      case 'plannedOn':
      case 'trainer':
      case 'durationMinutes':
        return [refused.value];
      case 'topic':
        return ['topicKk', 'topicRu'];
      default:
        return [];
    }
  });
  const refusedMaterial = computed(() => {
    const match = /^materials\.(\d+)/.exec(refused.value ?? '');
    return match ? Number(match[1]) : null;
  });
  /** A refusal no field of the form stands for: shown under the form. */
  const formError = computed(() =>
    serverError.value &&
    refusedFields.value.length === 0 &&
    refusedMaterial.value === null &&
    refused.value !== 'materials'
      ? serverError.value
      : null,
  );

  function toInput(): TrainingSessionInput {
    return {
      kind: kind.value ?? 'seminar',
      topic: { kk: topicKk.value.trim(), ru: topicRu.value.trim(), en: topicEn.value.trim() },
      plannedOn: plannedOn.value ? calendarDay(plannedOn.value) : '',
      trainer: trainer.value.trim(),
      durationMinutes: durationMinutes.value ?? 0,
      knowledgeCheck: knowledgeCheck.value,
      materials: materials.value.map((row) => ({ title: row.title.trim(), url: row.url.trim() })),
    };
  }

  /** Sends the form; true when the server took it. */
  async function submit(): Promise<boolean> {
    attempted.value = true;
    serverError.value = null;
    if (!valid.value) return false;
    submitting.value = true;
    try {
      await send(toInput());
      return true;
    } catch (caught) {
      serverError.value = toAdalError(caught);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  function addMaterial(): void {
    materials.value = [...materials.value, { title: '', url: '' }];
  }

  function setMaterial(index: number, field: keyof MaterialRow, value: string): void {
    materials.value = materials.value.map((row, at) => (at === index ? { ...row, [field]: value } : row));
  }

  function removeMaterial(index: number): void {
    materials.value = materials.value.filter((_, at) => at !== index);
  }

  /** Empty for a new session, or the session's own values to edit. */
  function reset(session: TrainingSession | null = null): void {
    kind.value = session?.kind ?? null;
    topicKk.value = session?.topic.kk ?? '';
    topicRu.value = session?.topic.ru ?? '';
    // The server repeats Russian where English was left out; editing shows it blank again.
    topicEn.value = session && session.topic.en !== session.topic.ru ? session.topic.en : '';
    plannedOn.value = session ? dayAsDate(session.plannedOn) : null;
    trainer.value = session?.trainer ?? '';
    durationMinutes.value = session?.durationMinutes ?? null;
    knowledgeCheck.value = session?.knowledgeCheck ?? false;
    materials.value = session?.materials.map(({ title, url }) => ({ title, url })) ?? [];
    attempted.value = false;
    serverError.value = null;
  }

  return {
    kind,
    topicKk,
    topicRu,
    topicEn,
    plannedOn,
    trainer,
    durationMinutes,
    knowledgeCheck,
    materials,
    submitting,
    serverError,
    fieldErrors,
    materialErrors,
    refusedFields,
    refusedMaterial,
    formError,
    toInput,
    submit,
    addMaterial,
    setMaterial,
    removeMaterial,
    reset,
  };
}
