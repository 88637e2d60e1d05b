import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { endOfKazakhstanDay, kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { mayReadKpi } from '../../kpi/kpi-readers.js';
import { kpiCatalog } from '../../kpi/kpi-registry.js';
import { complianceService, MIN_RESPONSIBLE_PEOPLE } from '../service/compliance-service.js';
import type { BoardReportFigures, BoardReportKpi, BoardReportPeriod } from './board.entity.js';

/** The report's own assessment is what this KPI reads: the report does not quote it back. */
export const RESOURCES_SUFFICIENT_CODE = 'compliance.resources_sufficient';

/** The first and last day of a report's period. */
export function periodDays(
  year: number,
  period: BoardReportPeriod,
): { first: CalendarDay; last: CalendarDay } {
  const first = period === 'h2' ? `${year}-07-01` : `${year}-01-01`;
  const last = period === 'h1' ? `${year}-06-30` : `${year}-12-31`;
  return { first, last };
}

/**
 * §66.1: the figures the suite knows for the period, as of `now`: the compliance KPIs the actor may
 * read over the period, the open risks by level, the measures due within the period (done, and not
 * done past their deadline) and the §5 staffing.
 */
export async function boardReportFigures(
  em: EntityManager,
  actor: Actor,
  year: number,
  period: BoardReportPeriod,
  now: Date,
): Promise<BoardReportFigures> {
  const { first, last } = periodDays(year, period);
  const definitions = kpiCatalog().filter(
    (def) => def.context === 'compliance' && def.code !== RESOURCES_SUFFICIENT_CODE && mayReadKpi(actor, def),
  );
  const values = await computeKpiValues(
    em,
    actor,
    definitions.map((def) => def.code),
    { periodFrom: startOfKazakhstanDay(first), periodTo: endOfKazakhstanDay(last) },
    now,
  );
  const kpis: BoardReportKpi[] = definitions.map((def) => {
    const value = values.find((v) => v.code === def.code);
    return {
      code: def.code,
      title: def.title,
      paragraph: def.paragraph,
      unit: def.unit,
      value: value?.value ?? null,
      numerator: value?.numerator ?? null,
      denominator: value?.denominator ?? null,
      target: def.target,
      met: value?.met ?? null,
    };
  });
  const levels = await em.execute<{ level: string; count: string }[]>(
    `select level, count(*) as count from compliance_risk
      where organization_id = ? and status = 'open' group by level`,
    [actor.organizationId],
  );
  const levelCount = (level: string) => Number(levels.find((row) => row.level === level)?.count ?? 0);
  const today = kazakhstanDay(now);
  const [measures] = await em.execute<{ total: string; done: string; overdue: string }[]>(
    `select count(*) as total,
        count(*) filter (where status = 'done') as done,
        count(*) filter (where status <> 'done' and deadline < cast(? as date)) as overdue
       from compliance_mitigation_measure
      where organization_id = ? and deadline between cast(? as date) and cast(? as date)`,
    [today, actor.organizationId, first, last],
  );
  const service = await complianceService(em, actor);
  return {
    takenAt: now.toISOString(),
    kpis,
    openRisks: {
      low: levelCount('low'),
      medium: levelCount('medium'),
      high: levelCount('high'),
      critical: levelCount('critical'),
    },
    measures: {
      total: Number(measures?.total ?? 0),
      done: Number(measures?.done ?? 0),
      overdue: Number(measures?.overdue ?? 0),
    },
    responsiblePeople: service.responsiblePeople.length,
    minResponsiblePeople: MIN_RESPONSIBLE_PEOPLE,
  };
}
