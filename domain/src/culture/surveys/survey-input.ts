import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import {
  lacksKazakhOrRussian,
  toLocalizedText,
  type LocalizedInput,
} from '../../training/localized-input.js';
import {
  SURVEY_AUDIENCES,
  SURVEY_QUESTION_KINDS,
  type SurveyAudience,
  type SurveyQuestion,
} from './survey.entity.js';

export const MAX_TITLE_LENGTH = 300;
export const MAX_INTRO_LENGTH = 4000;
export const MAX_STATEMENT_LENGTH = 1000;
export const MAX_QUESTIONS = 40;
export const MAX_AUDIENCE_UNITS = 50;

export interface SurveyQuestionInput {
  /** A question kept from the draft keeps its id; a new one gets one. */
  id?: string | null;
  kind: string;
  statement: LocalizedInput;
  required: boolean;
}

export interface SaveSurveyInput {
  /** The draft to change; none: a new survey. */
  id?: string | null;
  title: LocalizedInput;
  intro: LocalizedInput;
  questions: readonly SurveyQuestionInput[];
  audience: string;
  /** For `org_units`: the units whose subtrees are asked. */
  orgUnitIds?: readonly string[] | null;
  opensOn: string;
  closesOn: string;
}

function longest(text: LocalizedText): number {
  return Math.max(...Object.values(text).map((t) => t.length));
}

export function surveyTitle(input: LocalizedInput): LocalizedText {
  if (lacksKazakhOrRussian(input))
    throw ValidationError.because('culture.survey.titleRequired', { field: 'title' });
  const title = toLocalizedText(input);
  if (longest(title) > MAX_TITLE_LENGTH) {
    throw ValidationError.because('culture.survey.titleTooLong', { field: 'title', max: MAX_TITLE_LENGTH });
  }
  return title;
}

export function surveyIntro(input: LocalizedInput): LocalizedText {
  if (lacksKazakhOrRussian(input))
    throw ValidationError.because('culture.survey.introRequired', { field: 'intro' });
  const intro = toLocalizedText(input);
  if (longest(intro) > MAX_INTRO_LENGTH) {
    throw ValidationError.because('culture.survey.introTooLong', { field: 'intro', max: MAX_INTRO_LENGTH });
  }
  return intro;
}

/** The questions in the order given, each named by its place when it is refused. */
export function surveyQuestions(input: readonly SurveyQuestionInput[]): SurveyQuestion[] {
  if (input.length === 0)
    throw ValidationError.because('culture.survey.questionsRequired', { field: 'questions' });
  if (input.length > MAX_QUESTIONS) {
    throw ValidationError.because('culture.survey.tooManyQuestions', {
      field: 'questions',
      max: MAX_QUESTIONS,
    });
  }
  const ids = new Set<string>();
  return input.map((question, index) => {
    const number = index + 1;
    const field = `questions.${index}`;
    if (!(SURVEY_QUESTION_KINDS as readonly string[]).includes(question.kind)) {
      throw ValidationError.because('culture.survey.questionKind', { field: `${field}.kind`, number });
    }
    if (lacksKazakhOrRussian(question.statement)) {
      throw ValidationError.because('culture.survey.statementRequired', {
        field: `${field}.statement`,
        number,
      });
    }
    const statement = toLocalizedText(question.statement);
    if (longest(statement) > MAX_STATEMENT_LENGTH) {
      throw ValidationError.because('culture.survey.statementTooLong', {
        field: `${field}.statement`,
        number,
        max: MAX_STATEMENT_LENGTH,
      });
    }
    const id = question.id && isUuid(question.id) ? question.id : newId();
    if (ids.has(id)) throw ValidationError.because('culture.survey.duplicateQuestion', { field, number });
    ids.add(id);
    return { id, kind: question.kind as SurveyQuestion['kind'], statement, required: question.required };
  });
}

export function surveyAudience(
  audience: string,
  orgUnitIds: readonly string[] | null | undefined,
): { audience: SurveyAudience; orgUnitIds: string[] } {
  if (!(SURVEY_AUDIENCES as readonly string[]).includes(audience)) {
    throw ValidationError.because('culture.survey.audienceUnitsRequired', { field: 'audience' });
  }
  if (audience === 'all_employees') return { audience: 'all_employees', orgUnitIds: [] };
  const units = [...new Set(orgUnitIds ?? [])];
  if (units.length === 0) {
    throw ValidationError.because('culture.survey.audienceUnitsRequired', { field: 'orgUnitIds' });
  }
  if (units.length > MAX_AUDIENCE_UNITS) {
    throw ValidationError.because('culture.survey.tooManyUnits', {
      field: 'orgUnitIds',
      max: MAX_AUDIENCE_UNITS,
    });
  }
  if (units.some((id) => !isUuid(id)))
    throw ValidationError.because('org.unknownOrgUnit', { field: 'orgUnitIds' });
  return { audience: 'org_units', orgUnitIds: units };
}

export function surveyDays(
  opensOn: string,
  closesOn: string,
): { opensOn: CalendarDay; closesOn: CalendarDay } {
  const opens = parseCalendarDay(opensOn);
  if (!opens) throw ValidationError.because('kernel.notADate', { field: 'opensOn', value: opensOn });
  const closes = parseCalendarDay(closesOn);
  if (!closes) throw ValidationError.because('kernel.notADate', { field: 'closesOn', value: closesOn });
  if (closes < opens)
    throw ValidationError.because('culture.survey.closesBeforeOpens', { field: 'closesOn' });
  return { opensOn: opens, closesOn: closes };
}
