import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { Organization } from '../../org/organization.entity.js';
import { checkedQuarter } from './conflict-quarterly-analysis.js';
import { ConflictQuarterlyAnalysis } from './conflict-quarterly-analysis.entity.js';
import { CONFLICT_REGISTER_READERS } from './conflict-roles.js';

export type ConflictMatchKind = 'same_iin' | 'same_name_and_birth_date';

/**
 * A likely conflict for the quarterly analysis (§14): a relative or linked person an employee
 * declared who is an employee too — the same IIN, or the same name and the birth date the IIN
 * encodes — flagged when the two stand in one reporting line (one manages the other, directly or
 * through others: §13's ban on direct subordination of relatives).
 */
export interface ConflictMatch {
  kind: ConflictMatchKind;
  declarant: { id: string; fullName: string };
  relatedPersonId: string;
  relatedPersonName: string;
  relation: string;
  employee: { id: string; fullName: string };
  /** Shown only where the IIN may be read (see iinsShown). */
  employeeIin: string | null;
  sameReportingLine: boolean;
}

export interface ConflictMatches {
  quarter: string;
  /** §14: in a state body the IINs show only once the quarter's memo is recorded. */
  iinsShown: boolean;
  matches: ConflictMatch[];
}

interface Row {
  kind: ConflictMatchKind;
  declarant_id: string;
  declarant_name: string;
  related_id: string;
  related_name: string;
  relation: string;
  employee_id: string;
  employee_name: string;
  employee_iin: string | null;
  same_line: boolean;
}

// The birth date an IIN encodes: YYMMDD, the century from the seventh digit (1–2: 1800s, 3–4: 1900s, 5–6: 2000s).
const BIRTH_DATE_OF_IIN = `case when e.iin ~ '^[0-9]{12}$' then
      (case when substr(e.iin, 7, 1) in ('3', '4') then '19' when substr(e.iin, 7, 1) in ('5', '6') then '20' else '18' end
       || substr(e.iin, 1, 2) || '-' || substr(e.iin, 3, 2) || '-' || substr(e.iin, 5, 2)) end`;

/** §14: the matches the quarter's analysis reviews, those in one reporting line first. */
export async function conflictMatches(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
): Promise<ConflictMatches> {
  requireAnyRole(actor, CONFLICT_REGISTER_READERS, 'read the quarterly conflict-of-interest matches');
  const quarter = checkedQuarter(quarterText);
  const organization = await em.findOneOrFail(Organization, { id: actor.organizationId });
  const memo = await em.findOne(ConflictQuarterlyAnalysis, {
    organization: actor.organizationId,
    quarter,
    memoRecordedAt: { $ne: null },
  });
  const iinsShown = organization.kind !== 'state_body' || memo !== null;
  const rows = await em.execute<Row[]>(
    `with recursive chain(person_id, manager_id, depth) as (
         select p.id, p.manager_id, 1 from person p where p.organization_id = ? and p.manager_id is not null
         union all
         select c.person_id, m.manager_id, c.depth + 1 from chain c join person m on m.id = c.manager_id
          where m.manager_id is not null and c.depth < 50
       ),
       matched as (
         select distinct on (rp.id, e.id)
                case when rp.iin is not null and rp.iin = e.iin then 'same_iin' else 'same_name_and_birth_date' end as kind,
                d.id as declarant_id, d.full_name as declarant_name, rp.id as related_id, rp.full_name as related_name,
                rp.relation, e.id as employee_id, e.full_name as employee_name, e.iin as employee_iin
           from related_person rp
           join person d on d.id = rp.person_id
           join person e on e.organization_id = rp.organization_id and e.active and e.id <> d.id
          where rp.organization_id = ? and rp.removed_at is null and d.active
            and ((rp.iin is not null and rp.iin = e.iin)
              or (rp.birth_date is not null and lower(rp.full_name) = lower(e.full_name)
                  and cast(rp.birth_date as text) = ${BIRTH_DATE_OF_IIN}))
       )
     select m.*, exists (
         select 1 from chain c
          where (c.person_id = m.declarant_id and c.manager_id = m.employee_id)
             or (c.person_id = m.employee_id and c.manager_id = m.declarant_id)
             or (c.person_id = m.declarant_id and c.depth = 1 and c.manager_id = (select manager_id from person where id = m.employee_id))
       ) as same_line
       from matched m
      order by same_line desc, m.declarant_name, m.related_name`,
    [actor.organizationId, actor.organizationId],
  );
  return {
    quarter,
    iinsShown,
    matches: rows.map((r) => ({
      kind: r.kind,
      declarant: { id: r.declarant_id, fullName: r.declarant_name },
      relatedPersonId: r.related_id,
      relatedPersonName: r.related_name,
      relation: r.relation,
      employee: { id: r.employee_id, fullName: r.employee_name },
      employeeIin: iinsShown ? r.employee_iin : null,
      sameReportingLine: r.same_line,
    })),
  };
}
