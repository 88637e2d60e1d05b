import type { EntityManager } from '@mikro-orm/postgresql';

export interface RiskToRescore {
  id: string;
  number: number;
}

/**
 * §9.2–§9.3: a risk whose measures are all done waits for re-scoring — the keepers assess what the
 * measures changed — until a score is recorded on or after the day the last of them was done.
 * One statement for the organisation (or one plan's risks).
 */
export async function risksToRescore(
  em: EntityManager,
  organizationId: string,
  planId: string | null = null,
): Promise<RiskToRescore[]> {
  const rows = await em.execute<{ id: string; number: number }[]>(
    `select r.id, r.number from compliance_risk r
       join compliance_mitigation_measure m on m.risk_id = r.id
      where r.organization_id = ? and r.status = 'open' and (cast(? as uuid) is null or m.plan_id = cast(? as uuid))
      group by r.id, r.number
     having bool_and(m.status = 'done')
        and coalesce((select max(s.scored_at) from compliance_risk_score s where s.risk_id = r.id), '-infinity')
            < cast(max(m.done_on) as timestamptz)
      order by r.number`,
    [organizationId, planId, planId],
  );
  return rows.map((row) => ({ id: row.id, number: Number(row.number) }));
}

export async function awaitingRescore(
  em: EntityManager,
  organizationId: string,
  planId: string,
): Promise<string[]> {
  return (await risksToRescore(em, organizationId, planId)).map((r) => r.id);
}
