import type { EntityManager } from '@mikro-orm/postgresql';
import { bindNamed } from '../../training/assignments/enrolment-status.js';
import type { ICultureSurvey } from './survey.entity.js';

/**
 * Asks the survey's audience as it stands when the survey opens — the active people of the
 * organisation, or of the chosen units' subtrees — one participation row each, in one statement
 * however many are asked. The audience stays as it was at opening, so its size is the share's
 * fixed denominator. Answers how many were asked.
 */
export async function enrolSurveyAudience(em: EntityManager, survey: ICultureSurvey): Promise<number> {
  const { sql, params } = bindNamed(
    `insert into culture_survey_participation (id, organization_id, survey_id, person_id, org_unit_id, answered, reminder_count)
     select gen_random_uuid(), p.organization_id, cast(:survey as uuid), p.id, p.org_unit_id, false, 0
       from person p join org_unit u on u.id = p.org_unit_id
      where p.organization_id = cast(:organization as uuid) and p.active
        and (cast(:units as uuid[]) is null or exists (
              select 1 from org_unit a where a.id = any(cast(:units as uuid[])) and u.path like a.path || '%'))
     on conflict (survey_id, person_id) do nothing`,
    {
      survey: survey.id,
      organization: survey.organization.id,
      units: survey.audience === 'org_units' ? `{${survey.orgUnitIds.join(',')}}` : null,
    },
  );
  const result = await em.execute(sql, params, 'run');
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}
