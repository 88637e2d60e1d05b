import { randomBytes } from 'node:crypto';
import { QUESTION_KINDS, type AnswerKey, type QuestionKind, type QuestionOption } from './question.entity.js';
import { localizedProblem, toLocalizedText, type LocalizedInput } from '../localized-input.js';

/** One option as an author writes it: choice options mark `correct`, matching options carry their `match`. */
export interface QuestionOptionInput {
  text: LocalizedInput;
  correct?: boolean;
  match?: LocalizedInput;
}

export interface QuestionInput {
  kind: QuestionKind;
  text: LocalizedInput;
  options: readonly QuestionOptionInput[];
  /** Why the right answer is right, shown in the review after submission when the test allows it. */
  explanation?: LocalizedInput;
}

export interface QuestionRowError {
  row: number;
  message: string;
}

export interface CheckedQuestion {
  kind: QuestionKind;
  text: QuestionOption['text'];
  options: QuestionOption[];
  matches: QuestionOption[] | null;
  answerKey: AnswerKey;
  explanation: QuestionOption['text'] | null;
}

// Option ids reach the browser, so they are random: an id must not reveal the author's order.
function optionId(): string {
  return randomBytes(4).toString('hex');
}

function hasExplanation(input: QuestionInput): boolean {
  const given = input.explanation;
  return Boolean(given && [given.kk, given.ru, given.en].some((text) => text?.trim()));
}

/** The explanation, or null when the author gave none. */
function explanationOf(input: QuestionInput): QuestionOption['text'] | null {
  return input.explanation && hasExplanation(input) ? toLocalizedText(input.explanation) : null;
}

function rowProblems(input: QuestionInput): string[] {
  const problems: string[] = [];
  if (!QUESTION_KINDS.includes(input.kind)) return [`unknown kind ${String(input.kind)}`];
  const textProblem = localizedProblem(input.text, 'The question');
  if (textProblem) problems.push(textProblem);
  if (hasExplanation(input)) {
    const explanationProblem = localizedProblem(input.explanation, 'The explanation');
    if (explanationProblem) problems.push(explanationProblem);
  }
  const options = input.options ?? [];
  if (options.length < 2) problems.push('needs at least 2 options');
  if (input.kind === 'true_false' && options.length !== 2)
    problems.push('a true/false question has exactly 2 options');
  options.forEach((option, i) => {
    const problem = localizedProblem(option.text, `Option ${i + 1}`);
    if (problem) problems.push(problem);
  });
  if (input.kind === 'matching') {
    options.forEach((option, i) => {
      if (localizedProblem(option.match, 'match')) {
        problems.push(`option ${i + 1} has no correct match (Kazakh and Russian)`);
      }
    });
  } else {
    const correct = options.filter((option) => option.correct === true).length;
    if (correct === 0) problems.push('no correct answer is marked');
    if (input.kind !== 'multiple' && correct > 1)
      problems.push(`a ${input.kind} question has exactly one correct answer`);
  }
  return problems;
}

/** Checks every row; returns the questions ready to store, or every problem with its row (1-based). */
export function checkQuestionRows(inputs: readonly QuestionInput[]): {
  questions: CheckedQuestion[];
  errors: QuestionRowError[];
} {
  const errors: QuestionRowError[] = [];
  const questions: CheckedQuestion[] = [];
  inputs.forEach((input, i) => {
    const problems = rowProblems(input);
    if (problems.length > 0) {
      errors.push(...problems.map((message) => ({ row: i + 1, message })));
      return;
    }
    const options = input.options.map((option) => ({ id: optionId(), text: toLocalizedText(option.text) }));
    if (input.kind === 'matching') {
      const matches = input.options.map((option) => ({
        id: optionId(),
        text: toLocalizedText(option.match as LocalizedInput),
      }));
      const pairs = Object.fromEntries(options.map((option, k) => [option.id, matches[k]?.id ?? '']));
      questions.push({
        kind: input.kind,
        text: toLocalizedText(input.text),
        options,
        matches,
        answerKey: { pairs },
        explanation: explanationOf(input),
      });
    } else {
      const optionIds = options.filter((_option, k) => input.options[k]?.correct === true).map((o) => o.id);
      questions.push({
        kind: input.kind,
        text: toLocalizedText(input.text),
        options,
        matches: null,
        answerKey: { optionIds },
        explanation: explanationOf(input),
      });
    }
  });
  return { questions, errors };
}
