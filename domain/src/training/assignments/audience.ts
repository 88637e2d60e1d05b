import type { RoleCode } from '../../kernel/roles.js';
import type { AudienceKind } from './assignment.entity.js';

/** A WHERE condition on `person p` (joined with `org_unit u` and `position pos`) with its bound values. */
export interface AudienceCondition {
  sql: string;
  params: unknown[];
}

/**
 * An audience as an assignment names it; a culture-plan activity names its audience the same way
 * (§35.1), so that "procurement staff" or "middle managers" mean one thing across the suite.
 */
export interface AudienceSpec {
  audience: AudienceKind;
  orgUnitIds: readonly string[];
  personIds?: readonly string[];
  role?: RoleCode | null;
  newHireMonths?: number | null;
}

/** Who belongs to an assignment's audience, as SQL, so enrolment runs in one statement. */
export function audienceCondition(assignment: AudienceSpec, today: string): AudienceCondition {
  switch (assignment.audience) {
    case 'whole_org':
      return { sql: 'true', params: [] };
    case 'org_units':
      // Each chosen unit with its subtree: a prefix match on the materialised path.
      return {
        sql: `exists (select 1 from org_unit chosen where chosen.organization_id = p.organization_id
          and chosen.id = any(cast(? as uuid[])) and u.path like chosen.path || '%')`,
        params: [`{${assignment.orgUnitIds.join(',')}}`],
      };
    case 'risk_exposed_positions':
      // §14, §71: posts listed as exposed to corruption risk.
      return { sql: 'coalesce(pos.exposed_to_corruption_risk, false)', params: [] };
    case 'procurement_staff':
      // §52.3: posts marked as taking part in the procurement process.
      return { sql: 'coalesce(pos.procurement_staff, false)', params: [] };
    case 'restricted_positions':
      // §74.3: posts whose holders are subject to anti-corruption restrictions.
      return { sql: 'coalesce(pos.under_restrictions, false)', params: [] };
    case 'role':
      return {
        sql: `exists (select 1 from role_grant g where g.person_id = p.id
          and g.organization_id = p.organization_id and g.role = ?)`,
        params: [assignment.role],
      };
    case 'managers':
      // §34: middle managers get special attention; a manager is anyone with an active report.
      return {
        sql: 'exists (select 1 from person report where report.manager_id = p.id and report.active)',
        params: [],
      };
    case 'people':
      return {
        sql: 'p.id = any(cast(? as uuid[]))',
        params: [`{${(assignment.personIds ?? []).join(',')}}`],
      };
    case 'new_hires':
      // §68: induction within the first 3 months after hiring: people hired within the last
      // `newHireMonths` calendar months (whose induction is not yet due).
      return {
        sql: `p.hired_at is not null and p.hired_at > cast(? as date) - make_interval(months => cast(? as int))`,
        params: [today, assignment.newHireMonths],
      };
  }
}
