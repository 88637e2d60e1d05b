import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { enrolSurveyAudience } from './audience.js';
import { lockSurvey } from './find-survey.js';
import type { ICultureSurvey } from './survey.entity.js';
import { SURVEY_RUNNERS } from './survey-roles.js';

/**
 * §68: opens a draft: its questions are frozen from now on and its audience is asked, each person
 * once. Answers are taken from its opening day to its closing day. The caller flushes.
 */
export async function openCultureSurvey(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<ICultureSurvey> {
  requireAnyRole(actor, SURVEY_RUNNERS, 'open a culture survey');
  const survey = await lockSurvey(em, actor, id);
  if (survey.status !== 'draft') throw ConflictError.because('culture.survey.alreadyOpened');
  if (survey.closesOn < kazakhstanDay(now)) {
    throw ValidationError.because('culture.survey.closesInPast', {
      field: 'closesOn',
      closesOn: survey.closesOn,
    });
  }
  const asked = await enrolSurveyAudience(em, survey);
  if (asked === 0) throw ValidationError.because('culture.survey.nobodyInAudience', { field: 'orgUnitIds' });
  survey.status = 'open';
  survey.openedAt = now;
  await em.flush();
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture.survey.opened',
    entityType: 'CultureSurvey',
    entityId: survey.id,
    data: { asked, opensOn: survey.opensOn, closesOn: survey.closesOn },
  });
  return survey;
}

/**
 * Closes an open survey, before or after its closing day: it takes no more answers. Waits for the
 * answers under way (each holds the survey for share).
 */
export async function closeCultureSurvey(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<ICultureSurvey> {
  requireAnyRole(actor, SURVEY_RUNNERS, 'close a culture survey');
  const survey = await lockSurvey(em, actor, id);
  if (survey.status === 'draft') throw ConflictError.because('culture.survey.notOpened');
  if (survey.status === 'closed') throw ConflictError.because('culture.survey.alreadyClosed');
  survey.status = 'closed';
  survey.closedAt = now;
  await em.flush();
  const [row] = await em.execute<{ asked: string; answered: string }[]>(
    `select count(*) as asked, count(*) filter (where answered) as answered
       from culture_survey_participation where survey_id = ?`,
    [survey.id],
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture.survey.closed',
    entityType: 'CultureSurvey',
    entityId: survey.id,
    data: { asked: Number(row?.asked ?? 0), answered: Number(row?.answered ?? 0) },
  });
  return survey;
}
