import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow, lockedFresh } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { requireAnswering } from './survey-phase.js';
import {
  CultureSurvey,
  CultureSurveyParticipation,
  CultureSurveyResponse,
  LIKERT_MAX,
  LIKERT_MIN,
  type SurveyAnswers,
  type SurveyQuestion,
} from './survey.entity.js';

export const MAX_TEXT_ANSWER_LENGTH = 4000;

/** One question's answer as sent: a point of the scale for a Likert question, a text for a free one. */
export interface SurveyAnswerInput {
  questionId: string;
  likert?: number | null;
  text?: string | null;
}

/**
 * The answers kept: each question answered once, a Likert one with a whole point from 1 to 5, a
 * required one always, an optional one left out when blank. A refusal names the question by its
 * place in the survey (`answers.<question id>`, "question 3").
 */
export function checkedSurveyAnswers(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswerInput[],
): SurveyAnswers {
  const byId = new Map<string, SurveyAnswerInput>();
  for (const [index, answer] of answers.entries()) {
    const number = questions.findIndex((q) => q.id === answer.questionId) + 1;
    if (number === 0) {
      throw ValidationError.because('culture.survey.unknownQuestion', { field: `answers.${index}` });
    }
    if (byId.has(answer.questionId)) {
      throw ValidationError.because('culture.survey.answerTwice', {
        field: `answers.${answer.questionId}`,
        number,
      });
    }
    byId.set(answer.questionId, answer);
  }
  const kept: SurveyAnswers = {};
  for (const [index, question] of questions.entries()) {
    const number = index + 1;
    const field = `answers.${question.id}`;
    const answer = byId.get(question.id);
    if (question.kind === 'likert') {
      const point = answer?.likert ?? null;
      if (point === null) {
        if (question.required)
          throw ValidationError.because('culture.survey.answerRequired', { field, number });
        continue;
      }
      if (!Number.isInteger(point) || point < LIKERT_MIN || point > LIKERT_MAX) {
        throw ValidationError.because('culture.survey.likertRange', { field, number });
      }
      kept[question.id] = point;
    } else {
      const text = answer?.text?.trim() ?? '';
      if (text === '') {
        if (question.required)
          throw ValidationError.because('culture.survey.answerRequired', { field, number });
        continue;
      }
      if (text.length > MAX_TEXT_ANSWER_LENGTH) {
        throw ValidationError.because('culture.survey.answerTooLong', {
          field,
          number,
          max: MAX_TEXT_ANSWER_LENGTH,
        });
      }
      kept[question.id] = text;
    }
  }
  return kept;
}

/**
 * §68: a person of the audience answers, once, while the survey takes answers. Their participation
 * row is locked for change (the survey's for share, so a closing waits), so that two submissions
 * at once record one response and refuse the other (CONFLICT). The response is written apart from
 * the person: no person, no time, only their unit; the audit event names the person and the
 * survey, never the response. The caller flushes.
 */
export async function answerCultureSurvey(
  em: EntityManager,
  actor: Actor,
  surveyId: string,
  input: readonly SurveyAnswerInput[],
  now: Date = new Date(),
): Promise<void> {
  const found = isUuid(surveyId)
    ? await em.findOne(CultureSurveyParticipation, {
        survey: surveyId,
        person: actor.personId,
        organization: actor.organizationId,
      })
    : null;
  // Someone outside the audience learns nothing of the survey.
  if (!found) throw NotFoundError.forId('CultureSurvey', surveyId);
  await lockRow(em, CultureSurvey, surveyId, 'share');
  const participation = await lockedFresh(em, CultureSurveyParticipation, { id: found.id });
  if (!participation) throw NotFoundError.forId('CultureSurvey', surveyId);
  const survey = await em.findOneOrFail(CultureSurvey, { id: surveyId }, { refresh: true });
  if (participation.answered) throw ConflictError.because('culture.survey.alreadyAnswered');
  requireAnswering(survey, kazakhstanDay(now));
  const answers = checkedSurveyAnswers(survey.questions, input);
  const { orgUnit } = await em.findOneOrFail(Person, actor.personId, { fields: ['orgUnit'] as const });
  participation.answered = true;
  participation.orgUnit = orgUnit;
  em.create(CultureSurveyResponse, { organization: actor.organizationId, survey, orgUnit, answers });
  await em.flush();
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture.survey.answered',
    entityType: 'CultureSurvey',
    entityId: survey.id,
  });
}
