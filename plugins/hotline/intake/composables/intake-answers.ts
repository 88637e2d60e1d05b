import type { IntakeAnswerInput, IntakeQuestionsQuery } from '../graphql/generated/graphql';
import type { IntakeMessages } from '../i18n/en';

export type IntakeQuestion = IntakeQuestionsQuery['intakeQuestions'][number];

/** What the reporter has given for one custom question so far. */
export interface AnswerDraft {
  text: string;
  yes: boolean | null;
  optionIds: string[];
}

export type AnswerProblemKey = keyof IntakeMessages['questions']['problems'];

// The server's limits (questionnaire/intake-answers.ts).
export const SHORT_ANSWER_MAX = 500;
export const LONG_ANSWER_MAX = 5_000;

export function emptyAnswer(): AnswerDraft {
  return { text: '', yes: null, optionIds: [] };
}

function answered(question: IntakeQuestion, answer: AnswerDraft | undefined): boolean {
  if (!answer) return false;
  if (question.kind === 'yes_no') return answer.yes !== null;
  if (question.kind === 'single_choice' || question.kind === 'multiple_choice') {
    return answer.optionIds.length > 0;
  }
  return answer.text.trim().length > 0;
}

/** The required questions left unanswered, by question id; the server checks the same. */
export function answerProblems(
  questions: readonly IntakeQuestion[],
  answers: Readonly<Record<string, AnswerDraft>>,
): Record<string, AnswerProblemKey> {
  const problems: Record<string, AnswerProblemKey> = {};
  for (const question of questions) {
    const answer = answers[question.id];
    if (question.required && !answered(question, answer)) problems[question.id] = 'required';
    else if (answer && question.kind === 'short_text' && answer.text.trim().length > SHORT_ANSWER_MAX) {
      problems[question.id] = 'tooLong';
    } else if (answer && question.kind === 'long_text' && answer.text.trim().length > LONG_ANSWER_MAX) {
      problems[question.id] = 'tooLong';
    }
  }
  return problems;
}

/** The answers to send: only the questions the form shows, only those answered. */
export function answerInputs(
  questions: readonly IntakeQuestion[],
  answers: Readonly<Record<string, AnswerDraft>>,
): IntakeAnswerInput[] {
  return questions.flatMap((question): IntakeAnswerInput[] => {
    const answer = answers[question.id];
    if (!answer || !answered(question, answer)) return [];
    if (question.kind === 'yes_no') return [{ questionId: question.id, yes: answer.yes }];
    if (question.kind === 'single_choice' || question.kind === 'multiple_choice') {
      return [{ questionId: question.id, optionIds: [...answer.optionIds] }];
    }
    return [{ questionId: question.id, text: answer.text.trim() }];
  });
}

/** The problem key of a VALIDATION error the server placed at `answers.<id>`. */
export function answerProblemOf(messageKey: unknown): AnswerProblemKey {
  switch (messageKey) {
    case 'hotline.answer.tooLong':
      return 'tooLong';
    case 'hotline.answer.date':
      return 'date';
    case 'hotline.answer.choice':
      return 'choice';
    default:
      return 'required';
  }
}

/** The element an error summary focuses for a question: its field, or its first option. */
export function answerTargetId(question: IntakeQuestion): string {
  const grouped = ['yes_no', 'single_choice', 'multiple_choice'].includes(question.kind);
  return grouped ? `report-answer-${question.id}-0` : `report-answer-${question.id}`;
}
