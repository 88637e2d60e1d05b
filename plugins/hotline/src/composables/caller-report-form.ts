import { computed, ref } from 'vue';
import { toAdalError, type AdalGraphqlError } from '@adal/sdk';
import type {
  CallerReportInput,
  HotlineCategory,
  HotlineChannel,
  IntakeAnswerInput,
} from '../graphql/generated/graphql';
import { useCallerReportStore } from '../stores/caller-report';
import { useIntakeQuestionsStore, type IntakeQuestion } from '../stores/intake-questions';
import { calendarDay } from './calendar-day';

/** What the operator has noted for one of the category's custom questions. */
export interface CallerAnswer {
  text: string;
  day: Date | null;
  /** A yes/no question ('yes' | 'no') or a single choice (the option's id); '' until chosen. */
  choice: string;
  optionIds: string[];
}

export function emptyCallerAnswer(): CallerAnswer {
  return { text: '', day: null, choice: '', optionIds: [] };
}

/** The answer as the server takes it, or null when the question was left unanswered. */
export function callerAnswerInput(
  question: IntakeQuestion,
  answer: CallerAnswer | undefined,
): IntakeAnswerInput | null {
  if (!answer) return null;
  switch (question.kind) {
    case 'yes_no':
      return answer.choice ? { questionId: question.id, yes: answer.choice === 'yes' } : null;
    case 'single_choice':
      return answer.choice ? { questionId: question.id, optionIds: [answer.choice] } : null;
    case 'multiple_choice':
      return answer.optionIds.length > 0
        ? { questionId: question.id, optionIds: [...answer.optionIds] }
        : null;
    case 'date':
      return answer.day ? { questionId: question.id, text: calendarDay(answer.day) } : null;
    default:
      return answer.text.trim() ? { questionId: question.id, text: answer.text.trim() } : null;
  }
}

/** The server refuses shorter descriptions: too little to check anything. */
export const MIN_WHAT_LENGTH = 20;

/** Channels an operator enters; web reports come through the public intake page. */
export const OPERATOR_CHANNELS = [
  'phone',
  'in_person',
  'letter',
] as const satisfies readonly HotlineChannel[];
export type OperatorChannel = (typeof OPERATOR_CHANNELS)[number];

export type CallerReportField = 'category' | 'what' | 'name' | 'contact';

/** The form an operator fills in while the caller speaks: its fields, checks (as i18n keys) and the call. */
export function useCallerReportForm() {
  const store = useCallerReportStore();
  const questionsStore = useIntakeQuestionsStore();
  const channel = ref<OperatorChannel>('phone');
  const category = ref<HotlineCategory | null>(null);
  const what = ref('');
  const when = ref('');
  const where = ref('');
  const who = ref('');
  const anonymous = ref(true);
  const name = ref('');
  const contact = ref('');
  const answers = ref<Record<string, CallerAnswer>>({});
  const attempted = ref(false);
  const serverError = ref<AdalGraphqlError | null>(null);

  const fieldErrors = computed(() => {
    const errors: Partial<Record<CallerReportField, string>> = {};
    if (category.value === null) errors.category = 'callerReport.required.category';
    if (what.value.trim().length < MIN_WHAT_LENGTH) errors.what = 'callerReport.required.what';
    if (!anonymous.value && name.value.trim() === '') errors.name = 'callerReport.required.name';
    if (!anonymous.value && contact.value.trim() === '') errors.contact = 'callerReport.required.contact';
    return errors;
  });
  const shownErrors = computed(() => (attempted.value ? fieldErrors.value : {}));

  /** The chosen category's custom questions, asked of the caller as the intake form asks them. */
  const questions = computed(() => questionsStore.questions.filter((q) => q.category === category.value));
  const answerErrors = computed(() => {
    const errors: Record<string, string> = {};
    for (const question of questions.value) {
      if (question.required && !callerAnswerInput(question, answers.value[question.id])) {
        errors[question.id] = 'intakeAnswers.answerRequired';
      }
    }
    return errors;
  });
  const shownAnswerErrors = computed(() => (attempted.value ? answerErrors.value : {}));

  function optional(value: string): string | undefined {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  function toInput(): CallerReportInput {
    const input: CallerReportInput = {
      channel: channel.value,
      category: category.value ?? 'other',
      what: what.value.trim(),
      anonymous: anonymous.value,
    };
    for (const [key, value] of [
      ['when', when.value],
      ['where', where.value],
      ['who', who.value],
    ] as const) {
      const given = optional(value);
      if (given !== undefined) input[key] = given;
    }
    // An anonymous caller's name is never sent, even if the operator typed one before switching.
    if (!anonymous.value) {
      input.name = name.value.trim();
      input.contact = contact.value.trim();
    }
    const given = questions.value.flatMap((q) => callerAnswerInput(q, answers.value[q.id]) ?? []);
    if (given.length > 0) input.answers = given;
    return input;
  }

  /** Sends the report; true when the receipt is there to be read out. */
  async function submit(): Promise<boolean> {
    attempted.value = true;
    serverError.value = null;
    if (Object.keys(fieldErrors.value).length > 0 || Object.keys(answerErrors.value).length > 0) return false;
    try {
      await store.submit(toInput());
      return true;
    } catch (caught) {
      serverError.value = toAdalError(caught);
      return false;
    }
  }

  function reset(): void {
    channel.value = 'phone';
    category.value = null;
    what.value = '';
    when.value = '';
    where.value = '';
    who.value = '';
    anonymous.value = true;
    name.value = '';
    contact.value = '';
    answers.value = {};
    attempted.value = false;
    serverError.value = null;
  }

  return {
    channel,
    category,
    what,
    when,
    where,
    who,
    anonymous,
    name,
    contact,
    questions,
    answers,
    answerErrors: shownAnswerErrors,
    loadQuestions: () => questionsStore.load(),
    serverError,
    fieldErrors: shownErrors,
    submitting: computed(() => store.submitting),
    toInput,
    submit,
    reset,
  };
}
