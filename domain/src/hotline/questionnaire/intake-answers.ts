import { ValidationError } from '../../kernel/errors.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { openJson, sealJson, type HotlineKeyring } from '../crypto/keyring.js';
import { AAD } from '../crypto/sealed-fields.js';
import type { IHotlineIntakeQuestion, IntakeQuestionKind } from './intake-question.entity.js';

export const MAX_SHORT_ANSWER = 500;
export const MAX_LONG_ANSWER = 5_000;

/** A reporter's answer to one custom question, as the form sends it. */
export interface IntakeAnswerInput {
  questionId: string;
  /** Short or long text, or a date as YYYY-MM-DD. */
  text?: string | null;
  /** A yes/no question. */
  yes?: boolean | null;
  /** The options chosen, by id. */
  optionIds?: readonly string[] | null;
}

/**
 * One question of the form as the report was filed with it, and its answer: the question's and
 * the chosen options' texts are copied, so that editing or retiring the question later never
 * changes what the report says. Sealed with the report (`answersSealed`).
 */
export interface IntakeAnswer {
  questionId: string;
  kind: IntakeQuestionKind;
  question: LocalizedText;
  required: boolean;
  /** Null when an optional question was left unanswered. */
  text: string | null;
  yes: boolean | null;
  choices: LocalizedText[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function answerOf(question: IHotlineIntakeQuestion, given: IntakeAnswerInput | undefined): IntakeAnswer {
  const field = `answers.${question.id}`;
  const answer: IntakeAnswer = {
    questionId: question.id,
    kind: question.kind,
    question: question.texts,
    required: question.required,
    text: null,
    yes: null,
    choices: [],
  };
  switch (question.kind) {
    case 'short_text':
    case 'long_text':
    case 'date': {
      const text = given?.text?.trim() ?? '';
      const max = question.kind === 'long_text' ? MAX_LONG_ANSWER : MAX_SHORT_ANSWER;
      if (text.length > max) throw ValidationError.because('hotline.answer.tooLong', { field, max });
      if (text && question.kind === 'date' && !isDate(text)) {
        throw ValidationError.because('hotline.answer.date', { field });
      }
      answer.text = text || null;
      break;
    }
    case 'yes_no':
      answer.yes = typeof given?.yes === 'boolean' ? given.yes : null;
      break;
    case 'single_choice':
    case 'multiple_choice': {
      const ids = [...new Set(given?.optionIds ?? [])];
      if (question.kind === 'single_choice' && ids.length > 1) {
        throw ValidationError.because('hotline.answer.choice', { field });
      }
      answer.choices = ids.map((id) => {
        const option = question.options.find((o) => o.id === id);
        if (!option) throw ValidationError.because('hotline.answer.choice', { field });
        return option.labels;
      });
      break;
    }
  }
  const empty = answer.text === null && answer.yes === null && answer.choices.length === 0;
  if (empty && question.required) throw ValidationError.because('hotline.answer.required', { field });
  return answer;
}

/**
 * Checks the answers against the questions the category's form asks now: every required one
 * answered, each answer of its question's kind, none to a question the form no longer asks (it
 * changed while the reporter wrote: they reload and see the form as it is).
 */
export function checkAnswers(
  questions: readonly IHotlineIntakeQuestion[],
  answers: readonly IntakeAnswerInput[] | null | undefined,
): IntakeAnswer[] {
  const byQuestion = new Map<string, IntakeAnswerInput>();
  for (const given of answers ?? []) {
    if (!questions.some((q) => q.id === given.questionId)) {
      throw ValidationError.because('hotline.answer.unknownQuestion', { field: 'answers' });
    }
    byQuestion.set(given.questionId, given);
  }
  return questions.map((question) => answerOf(question, byQuestion.get(question.id)));
}

export function sealAnswers(
  keyring: HotlineKeyring,
  reportId: string,
  answers: IntakeAnswer[],
): Buffer | null {
  return answers.length > 0 ? sealJson(keyring, answers, AAD.answers(reportId)) : null;
}

/** A report's questions and answers as it was filed; empty when its form had no custom questions. */
export function openAnswers(
  keyring: HotlineKeyring,
  report: { id: string; answersSealed?: Uint8Array | null },
): IntakeAnswer[] {
  return report.answersSealed
    ? openJson<IntakeAnswer[]>(keyring, report.answersSealed, AAD.answers(report.id))
    : [];
}
