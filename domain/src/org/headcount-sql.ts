/**
 * Actual headcount as a KPI's population (§1, §5): the people of the organisation in the org
 * unit's subtree who were on the staff at the end of the period — hired by then and not yet
 * gone — or who are on it today for a period without an end. A person who left drops out of
 * current figures and stays in the periods they worked through. Binds :organizationId,
 * :orgUnitPath and :periodTo; the rows are `person p` joined with `org_unit u`.
 */
export const HEADCOUNT_FROM = headcountFrom('');

/** HEADCOUNT_FROM with further joins on `p` (a KPI's covered people, say) before its conditions. */
export function headcountFrom(joins: string): string {
  return `from person p join org_unit u on u.id = p.org_unit_id ${joins}
    where p.organization_id = cast(:organizationId as uuid)
      and u.path like :orgUnitPath || '%'
      and (case when cast(:periodTo as date) is null then p.active
           else (p.hired_at is null or p.hired_at <= cast(:periodTo as date))
             and (p.left_on is null or p.left_on > cast(:periodTo as date))
             -- someone off the staff since a day nobody recorded counts for no period
             and (p.active or p.left_on is not null) end)`;
}
