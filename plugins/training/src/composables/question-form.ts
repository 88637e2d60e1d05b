import { computed, ref } from 'vue';
import type { AdalGraphqlError, AdalLocale } from '@adal/sdk';
import type { QuestionKind, TrainingQuestionInput } from '../graphql/generated/graphql';
import type { BankQuestion } from '../stores/question-bank';

export type Texts = Record<AdalLocale, string>;

export interface OptionRow {
  text: Texts;
  correct: boolean;
  /** Matching: the index in `matches` of this item's match. */
  match: number | null;
}

export const QUESTION_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true_false', 'matching'];
export const MAX_OPTIONS = 8;
export const MIN_OPTIONS = 2;

const blank = (): Texts => ({ kk: '', ru: '', en: '' });
const filled = (text: Texts): boolean => Boolean(text.kk.trim() || text.ru.trim() || text.en.trim());
const copy = (text: { kk: string; ru: string; en: string }): Texts => ({
  kk: text.kk,
  ru: text.ru,
  en: text.en,
});

function trueFalse(): OptionRow[] {
  return [
    { text: { kk: 'Иә', ru: 'Да', en: 'True' }, correct: true, match: null },
    { text: { kk: 'Жоқ', ru: 'Нет', en: 'False' }, correct: false, match: null },
  ];
}

/**
 * The question editor's state: the kind, the pool, the texts in kk/ru/en, the options (each
 * right or not, or paired with a match) and the explanation; the server checks the rules and its
 * typed refusal is shown next to the field it names (`options`, `options.2.match`, …).
 */
export function useQuestionForm() {
  const kind = ref<QuestionKind>('single');
  const poolId = ref<string | null>(null);
  const text = ref<Texts>(blank());
  const options = ref<OptionRow[]>([]);
  const matches = ref<Texts[]>([]);
  const explanation = ref<Texts>(blank());
  const serverError = ref<AdalGraphqlError | null>(null);

  function reset(question: BankQuestion | null, defaultPool: string | null): void {
    serverError.value = null;
    if (!question) {
      kind.value = 'single';
      poolId.value = defaultPool;
      text.value = blank();
      options.value = [
        { text: blank(), correct: true, match: null },
        { text: blank(), correct: false, match: null },
      ];
      matches.value = [];
      explanation.value = blank();
      return;
    }
    kind.value = question.kind;
    poolId.value = question.poolId;
    text.value = copy(question.text);
    options.value = question.options.map((o) => ({
      text: copy(o.text),
      correct: o.correct,
      match: o.match ?? null,
    }));
    matches.value = (question.matches ?? []).map(copy);
    explanation.value = question.explanation ? copy(question.explanation) : blank();
  }

  /** A kind keeps what fits it: true/false its two options, matching a match per item. */
  function setKind(next: QuestionKind): void {
    kind.value = next;
    // Two options the trainer has not written yet (a new question's) take "Yes" and "No" as well.
    const written = options.value.some((o) => filled(o.text));
    if (next === 'true_false' && (options.value.length !== 2 || !written)) options.value = trueFalse();
    if (next === 'matching') {
      while (matches.value.length < options.value.length) matches.value.push(blank());
      options.value = options.value.map((o, i) => ({ ...o, correct: false, match: o.match ?? i }));
    }
    if (next === 'single' || next === 'true_false') {
      const first = options.value.findIndex((o) => o.correct);
      options.value = options.value.map((o, i) => ({ ...o, correct: i === first }));
    }
  }

  function addOption(): void {
    if (options.value.length >= MAX_OPTIONS) return;
    options.value.push({ text: blank(), correct: false, match: null });
    if (kind.value === 'matching') {
      matches.value.push(blank());
      const last = options.value[options.value.length - 1];
      if (last) last.match = matches.value.length - 1;
    }
  }

  function removeOption(index: number): void {
    if (options.value.length <= MIN_OPTIONS) return;
    options.value.splice(index, 1);
  }

  function moveOption(index: number, by: -1 | 1): void {
    const target = index + by;
    const list = options.value;
    if (target < 0 || target >= list.length) return;
    [list[index], list[target]] = [list[target] as OptionRow, list[index] as OptionRow];
  }

  function addMatch(): void {
    if (matches.value.length < MAX_OPTIONS) matches.value.push(blank());
  }

  /** Takes a match away; the items paired with it are left unpaired, the others keep theirs. */
  function removeMatch(index: number): void {
    matches.value.splice(index, 1);
    options.value = options.value.map((o) => ({
      ...o,
      match: o.match === index ? null : o.match !== null && o.match > index ? o.match - 1 : o.match,
    }));
  }

  /** Single choice and true/false: this option alone is right. */
  function chooseRight(index: number): void {
    options.value = options.value.map((o, i) => ({ ...o, correct: i === index }));
  }

  function input(): TrainingQuestionInput {
    const matching = kind.value === 'matching';
    return {
      kind: kind.value,
      text: { ...text.value },
      options: options.value.map((o) =>
        matching ? { text: { ...o.text }, match: o.match } : { text: { ...o.text }, correct: o.correct },
      ),
      matches: matching ? matches.value.map((m) => ({ ...m })) : null,
      explanation: filled(explanation.value) ? { ...explanation.value } : null,
    };
  }

  /** The field the server's refusal names: `text`, `options`, `options.1.match`… */
  const refusedField = computed(() => {
    const field = serverError.value?.details?.['field'];
    return typeof field === 'string' ? field : null;
  });

  return {
    kind,
    poolId,
    text,
    options,
    matches,
    explanation,
    serverError,
    refusedField,
    reset,
    setKind,
    addOption,
    removeOption,
    moveOption,
    addMatch,
    removeMatch,
    chooseRight,
    input,
  };
}
