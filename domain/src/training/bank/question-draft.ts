import { randomBytes } from 'node:crypto';
import type { ErrorMessageKey } from '../../kernel/error-messages.js';
import type { MessageParams } from '../../kernel/errors.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { lacksKazakhOrRussian, toLocalizedText, type LocalizedInput } from '../localized-input.js';
import {
  QUESTION_KINDS,
  type AnswerKey,
  type IQuestion,
  type QuestionKind,
  type QuestionOption,
} from './question.entity.js';

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 8;

/** One option as the author writes it: a choice option marks `correct`, a matching item names its `match`. */
export interface QuestionDraftOption {
  text: LocalizedInput;
  correct?: boolean;
  /** Matching: the index (from 0) of the match, in `matches`, this item pairs with. */
  match?: number | null;
}

/** A question as its author writes it in the question editor or a row of the import file. */
export interface QuestionDraft {
  kind: QuestionKind;
  text: LocalizedInput;
  options: readonly QuestionDraftOption[];
  /** Matching: the right-hand items, one for each left-hand item. */
  matches?: readonly LocalizedInput[] | null;
  /** Shown with the right answer in the review of an attempt; optional. */
  explanation?: LocalizedInput | null;
}

/** One problem of a draft: the field to show it next to (`options.2.match`) and what is wrong. */
export interface DraftProblem {
  field: string;
  messageKey: ErrorMessageKey;
  params: MessageParams;
}

/** What a question stores, built from a draft that has no problem. */
export interface CheckedDraft {
  kind: QuestionKind;
  text: LocalizedText;
  options: QuestionOption[];
  matches: QuestionOption[] | null;
  answerKey: AnswerKey;
  explanation: LocalizedText | null;
}

function problem(field: string, messageKey: ErrorMessageKey, params: MessageParams = {}): DraftProblem {
  return { field, messageKey, params };
}

function blank(text: LocalizedInput | null | undefined): boolean {
  return !text || (!text.kk?.trim() && !text.ru?.trim() && !text.en?.trim());
}

function choiceProblems(draft: QuestionDraft): DraftProblem[] {
  const right = draft.options.filter((option) => option.correct === true).length;
  if (right === 0) return [problem('options', 'training.question.noRightAnswer')];
  if (draft.kind === 'multiple') return [];
  // A single-choice or true/false question has exactly one right option.
  if (right === draft.options.length && right > 1) return [problem('options', 'training.question.allRight')];
  if (right > 1) return [problem('options', 'training.question.oneRight')];
  return [];
}

function matchingProblems(draft: QuestionDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const matches = draft.matches ?? [];
  if (matches.length !== draft.options.length) {
    problems.push(problem('matches', 'training.question.matchCount', { items: draft.options.length }));
  }
  matches.forEach((match, i) => {
    if (lacksKazakhOrRussian(match)) {
      problems.push(problem(`matches.${i}`, 'training.question.matchText', { match: i + 1 }));
    }
  });
  const taken = new Set<number>();
  draft.options.forEach((option, i) => {
    const match = option.match;
    if (
      match === null ||
      match === undefined ||
      !Number.isInteger(match) ||
      match < 0 ||
      match >= matches.length
    ) {
      problems.push(problem(`options.${i}.match`, 'training.question.unpaired', { option: i + 1 }));
    } else if (taken.has(match)) {
      problems.push(problem(`options.${i}.match`, 'training.question.matchTwice', { option: i + 1 }));
    } else {
      taken.add(match);
    }
  });
  return problems;
}

/** Every problem of a draft, in the order of its fields; none means it can be stored. */
export function draftProblems(draft: QuestionDraft): DraftProblem[] {
  if (!QUESTION_KINDS.includes(draft.kind)) return [problem('kind', 'training.question.kindUnknown')];
  const problems: DraftProblem[] = [];
  if (lacksKazakhOrRussian(draft.text)) problems.push(problem('text', 'training.question.textRequired'));
  const options = draft.options ?? [];
  if (draft.kind === 'true_false' && options.length !== 2) {
    problems.push(problem('options', 'training.question.trueFalseOptions'));
  } else if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
    problems.push(
      problem('options', 'training.question.optionCount', { min: MIN_OPTIONS, max: MAX_OPTIONS }),
    );
  }
  options.forEach((option, i) => {
    if (lacksKazakhOrRussian(option.text)) {
      problems.push(problem(`options.${i}.text`, 'training.question.optionText', { option: i + 1 }));
    }
  });
  problems.push(...(draft.kind === 'matching' ? matchingProblems(draft) : choiceProblems(draft)));
  if (!blank(draft.explanation) && lacksKazakhOrRussian(draft.explanation ?? undefined)) {
    problems.push(problem('explanation', 'training.question.explanationIncomplete'));
  }
  return problems;
}

// Option ids reach the browser, so they are random: an id must not reveal the author's order.
function optionId(): string {
  return randomBytes(4).toString('hex');
}

/** What a question stores; call only for a draft without problems. */
export function checkedDraft(draft: QuestionDraft): CheckedDraft {
  const options = draft.options.map((option) => ({ id: optionId(), text: toLocalizedText(option.text) }));
  const explanation = blank(draft.explanation) ? null : toLocalizedText(draft.explanation as LocalizedInput);
  const text = toLocalizedText(draft.text);
  if (draft.kind === 'matching') {
    const matches = (draft.matches ?? []).map((match) => ({ id: optionId(), text: toLocalizedText(match) }));
    const pairs = Object.fromEntries(
      options.map((option, i) => [option.id, matches[draft.options[i]?.match ?? -1]?.id ?? '']),
    );
    return { kind: draft.kind, text, options, matches, answerKey: { pairs }, explanation };
  }
  const optionIds = options.filter((_option, i) => draft.options[i]?.correct === true).map((o) => o.id);
  return { kind: draft.kind, text, options, matches: null, answerKey: { optionIds }, explanation };
}

/** A stored question as its author edits it again. */
export function draftOf(question: IQuestion): QuestionDraft {
  const key = question.answerKey;
  const matches = question.matches ?? null;
  return {
    kind: question.kind,
    text: question.text,
    options: question.options.map((option) => {
      if ('pairs' in key) {
        const index = (matches ?? []).findIndex((match) => match.id === key.pairs[option.id]);
        return { text: option.text, match: index >= 0 ? index : null };
      }
      return { text: option.text, correct: key.optionIds.includes(option.id) };
    }),
    matches: matches ? matches.map((match) => match.text) : null,
    explanation: question.explanation ?? null,
  };
}
