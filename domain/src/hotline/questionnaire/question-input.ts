import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { LOCALES, type LocalizedText } from '../../kernel/locale.js';
import { HOTLINE_CATEGORIES, type HotlineCategory } from '../cases/hotline-report.entity.js';
import {
  CHOICE_KINDS,
  INTAKE_QUESTION_KINDS,
  type IntakeQuestionKind,
  type IntakeQuestionOption,
} from './intake-question.entity.js';

export const MAX_QUESTION_TEXT = 500;
export const MAX_OPTION_TEXT = 200;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;

/** A question as the compliance head writes it; option ids are kept when options are edited. */
export interface IntakeQuestionInput {
  category: HotlineCategory;
  kind: IntakeQuestionKind;
  texts: Partial<Record<string, string | null>>;
  options?: readonly { id?: string | null; labels: Partial<Record<string, string | null>> }[] | null;
  required: boolean;
}

export interface CheckedQuestion {
  category: HotlineCategory;
  kind: IntakeQuestionKind;
  texts: LocalizedText;
  options: IntakeQuestionOption[];
  required: boolean;
}

/**
 * The reporter reads the form in Kazakh, Russian or English, so a question and each option must
 * say the same in all three; the first missing language is the field the error names.
 */
function everyLanguage(
  typed: Partial<Record<string, string | null>> | null | undefined,
  field: string,
  max: number,
  missing: 'hotline.question.textRequired' | 'hotline.question.optionTextRequired',
): LocalizedText {
  const text: Partial<LocalizedText> = {};
  for (const locale of LOCALES) {
    const value = (typed?.[locale] ?? '').trim().replace(/\s+/g, ' ');
    if (!value) throw ValidationError.because(missing, { field: `${field}.${locale}`, locale });
    if (value.length > max) {
      throw ValidationError.because('hotline.question.textTooLong', { field: `${field}.${locale}`, max });
    }
    text[locale] = value;
  }
  return text as LocalizedText;
}

/** Checks a question before anything is written: a refusal changes nothing. */
export function checkQuestionInput(input: IntakeQuestionInput): CheckedQuestion {
  if (!(HOTLINE_CATEGORIES as readonly string[]).includes(input.category)) {
    throw ValidationError.because('hotline.report.categoryRequired', { field: 'category' });
  }
  if (!(INTAKE_QUESTION_KINDS as readonly string[]).includes(input.kind)) {
    throw ValidationError.because('hotline.question.kind', { field: 'kind' });
  }
  const texts = everyLanguage(input.texts, 'texts', MAX_QUESTION_TEXT, 'hotline.question.textRequired');
  let options: IntakeQuestionOption[] = [];
  if (CHOICE_KINDS.includes(input.kind)) {
    const given = input.options ?? [];
    if (given.length < MIN_OPTIONS || given.length > MAX_OPTIONS) {
      throw ValidationError.because('hotline.question.optionCount', {
        field: 'options',
        min: MIN_OPTIONS,
        max: MAX_OPTIONS,
      });
    }
    const seen = new Set<string>();
    options = given.map((option, index) => {
      const labels = everyLanguage(
        option.labels,
        `options.${index}`,
        MAX_OPTION_TEXT,
        'hotline.question.optionTextRequired',
      );
      const kept = option.id?.trim();
      const id = kept && !seen.has(kept) ? kept : newId();
      seen.add(id);
      return { id, labels };
    });
  }
  if (typeof input.required !== 'boolean') {
    throw ValidationError.because('hotline.question.requiredFlag', { field: 'required' });
  }
  return { category: input.category, kind: input.kind, texts, options, required: input.required };
}
