import { ConflictError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import type { ICultureSurvey } from './survey.entity.js';

/**
 * Where a survey stands on a day: a draft; opened but before its opening day (`upcoming`); taking
 * answers (`open`); past its closing day while not yet closed by hand (`ended`); or closed.
 */
export const SURVEY_PHASES = ['draft', 'upcoming', 'open', 'ended', 'closed'] as const;
export type SurveyPhase = (typeof SURVEY_PHASES)[number];

export function surveyPhase(
  survey: Pick<ICultureSurvey, 'status' | 'opensOn' | 'closesOn'>,
  today: CalendarDay,
): SurveyPhase {
  if (survey.status !== 'open') return survey.status;
  if (today < survey.opensOn) return 'upcoming';
  return today > survey.closesOn ? 'ended' : 'open';
}

/** Refuses (CONFLICT) unless the survey takes answers today: opened, and from its opening to its closing day. */
export function requireAnswering(survey: ICultureSurvey, today: CalendarDay): void {
  const phase = surveyPhase(survey, today);
  if (phase === 'upcoming')
    throw ConflictError.because('culture.survey.notYetOpen', { opensOn: survey.opensOn });
  if (phase !== 'open') {
    const closedOn = survey.closedAt ? kazakhstanDay(survey.closedAt) : survey.closesOn;
    throw ConflictError.because('culture.survey.closed', { closedOn });
  }
}
