import type { EntityManager } from '@mikro-orm/postgresql';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { audienceCondition } from '../../training/assignments/audience.js';
import type { ICultureSurvey } from './survey.entity.js';

/**
 * Asks the survey's audience as it stands when the survey opens — the active people of the
 * organisation, or of the chosen units' subtrees — one participation row each, in one statement
 * however many are asked. The audience stays as it was at opening, so its size is the share's
 * fixed denominator. Answers how many were asked.
 */
export async function enrolSurveyAudience(em: EntityManager, survey: ICultureSurvey): Promise<number> {
  // The units are named as Training names an audience, so "a unit" means the same subtree everywhere.
  const audience = audienceCondition(
    { audience: survey.audience === 'org_units' ? 'org_units' : 'whole_org', orgUnitIds: survey.orgUnitIds },
    kazakhstanDay(new Date()),
  );
  const result = await em.execute(
    `insert into culture_survey_participation (id, organization_id, survey_id, person_id, org_unit_id, answered, reminder_count)
     select gen_random_uuid(), p.organization_id, cast(? as uuid), p.id, p.org_unit_id, false, 0
       from person p join org_unit u on u.id = p.org_unit_id left join position pos on pos.id = p.position_id
      where p.organization_id = cast(? as uuid) and p.active and ${audience.sql}
     on conflict (survey_id, person_id) do nothing`,
    [survey.id, survey.organization.id, ...audience.params],
    'run',
  );
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}
