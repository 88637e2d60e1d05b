import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { lockSurvey } from './find-survey.js';
import { CultureSurvey, type ICultureSurvey } from './survey.entity.js';
import {
  surveyAudience,
  surveyDays,
  surveyIntro,
  surveyQuestions,
  surveyTitle,
  type SaveSurveyInput,
} from './survey-input.js';
import { SURVEY_RUNNERS } from './survey-roles.js';

/**
 * §68: creates a survey as a draft, or changes a draft: its texts, questions, audience and days.
 * Once open its questions are frozen (CONFLICT), so every answer answers the same questionnaire.
 */
export async function saveCultureSurvey(
  em: EntityManager,
  actor: Actor,
  input: SaveSurveyInput,
  now: Date = new Date(),
): Promise<ICultureSurvey> {
  requireAnyRole(actor, SURVEY_RUNNERS, 'prepare a culture survey');
  const title = surveyTitle(input.title);
  const intro = surveyIntro(input.intro);
  const questions = surveyQuestions(input.questions);
  const { audience, orgUnitIds } = surveyAudience(input.audience, input.orgUnitIds);
  const { opensOn, closesOn } = surveyDays(input.opensOn, input.closesOn);
  if (orgUnitIds.length > 0) {
    const known = await em.count(OrgUnit, { id: { $in: orgUnitIds }, organization: actor.organizationId });
    if (known !== orgUnitIds.length)
      throw ValidationError.because('org.unknownOrgUnit', { field: 'orgUnitIds' });
  }
  const fields = { title, intro, questions, audience, orgUnitIds, opensOn, closesOn, updatedAt: now };
  let survey: ICultureSurvey;
  if (input.id) {
    survey = await lockSurvey(em, actor, input.id);
    if (survey.status !== 'draft') throw ConflictError.because('culture.survey.frozen');
    em.assign(survey, fields);
  } else {
    survey = em.create(CultureSurvey, {
      ...fields,
      organization: actor.organizationId,
      status: 'draft',
      createdBy: actor.personId,
      createdAt: now,
      openedAt: null,
      closedAt: null,
    });
  }
  await em.flush();
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture.survey.saved',
    entityType: 'CultureSurvey',
    entityId: survey.id,
    data: { created: !input.id, questions: questions.length, audience, orgUnitIds, opensOn, closesOn },
  });
  return survey;
}
