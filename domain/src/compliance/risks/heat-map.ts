import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { endOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { likelihoodOf, riskLevel } from './risk-level.js';
import { scaleOf } from './risk-scale.js';
import { RISK_REGISTERS, type RiskLevel, type RiskRegister } from './risk.entity.js';
import { riskCode } from './risk-view.js';

/** A risk in a cell of the map, scored as it stood on the day. */
export interface HeatMapRisk {
  id: string;
  number: number;
  code: string;
  processOrDocument: string;
  probability: number;
  frequency: number;
  impact: number;
  score: number;
  level: RiskLevel;
}

/** One cell of the map: likelihood (the worse of probability and frequency, §9.2) by impact. */
export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  risks: HeatMapRisk[];
}

export interface MapPoint {
  likelihood: number;
  impact: number;
}

/** How a risk moved between the two days: from its cell on `compareWith` to its cell on `asOf`; null off the map. */
export interface RiskMovement {
  id: string;
  code: string;
  processOrDocument: string;
  from: MapPoint | null;
  to: MapPoint | null;
  direction: 'up' | 'down' | 'across' | 'appeared' | 'left';
}

export interface RiskHeatMap {
  register: RiskRegister;
  asOf: CalendarDay;
  compareWith: CalendarDay | null;
  scale: number;
  /** Every cell of the scale, likelihood then impact ascending. */
  cells: HeatMapCell[];
  movements: RiskMovement[];
}

interface Row {
  id: string;
  number: number;
  process_or_document: string;
  a_p: number | null;
  a_f: number | null;
  a_i: number | null;
  a_s: number | null;
  a_st: string | null;
  b_p: number | null;
  b_f: number | null;
  b_i: number | null;
  b_s: number | null;
  b_st: string | null;
}

function day(value: string, field: string): CalendarDay {
  const parsed = parseCalendarDay(value);
  if (!parsed) throw ValidationError.because('kernel.notADate', { field, value });
  return parsed;
}

const point = (
  p: number | null,
  f: number | null,
  i: number | null,
  status: string | null,
): MapPoint | null =>
  p !== null && f !== null && i !== null && status === 'open'
    ? { likelihood: likelihoodOf(p, f), impact: i }
    : null;

/**
 * §8, Annex 1: the risk map of a register as it stood at the end of `asOf` (Kazakhstan time), drawn
 * from the score history — each open risk in the cell of its last score by then — and, given
 * `compareWith`, each risk's move between the two days. Mitigated and retired risks are off the map.
 */
export async function riskHeatMap(
  em: EntityManager,
  actor: Actor,
  register: string,
  asOf: string,
  compareWith: string | null = null,
): Promise<RiskHeatMap> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk map');
  if (!(RISK_REGISTERS as readonly string[]).includes(register))
    throw ValidationError.because('compliance.risk.unknownValue', { field: 'register' });
  const at = day(asOf, 'asOf');
  const before = compareWith ? day(compareWith, 'compareWith') : null;
  const { size } = await scaleOf(em, actor.organizationId);
  const scoreAt = (alias: string) => `left join lateral (
      select s.probability, s.frequency, s.impact, s.score, s.status from compliance_risk_score s
       where s.risk_id = r.id and s.scored_at < ? order by s.scored_at desc, s.id desc limit 1) ${alias} on true`;
  const rows = await em.execute<Row[]>(
    `select r.id, r.number, r.process_or_document,
            a.probability as a_p, a.frequency as a_f, a.impact as a_i, a.score as a_s, a.status as a_st,
            b.probability as b_p, b.frequency as b_f, b.impact as b_i, b.score as b_s, b.status as b_st
       from compliance_risk r ${scoreAt('a')} ${scoreAt('b')}
      where r.organization_id = ? and r.register = ?
      order by r.number`,
    [endOfKazakhstanDay(at), endOfKazakhstanDay(before ?? at), actor.organizationId, register],
  );
  const cells: HeatMapCell[] = [];
  for (let likelihood = 1; likelihood <= size; likelihood++) {
    for (let impact = 1; impact <= size; impact++) {
      cells.push({
        likelihood,
        impact,
        score: likelihood * impact,
        level: riskLevel(likelihood * impact, size),
        risks: [],
      });
    }
  }
  const movements: RiskMovement[] = [];
  for (const row of rows) {
    const to = point(row.a_p, row.a_f, row.a_i, row.a_st);
    if (to) {
      const cell = cells[(Math.min(to.likelihood, size) - 1) * size + Math.min(to.impact, size) - 1]!;
      cell.risks.push({
        id: row.id,
        number: row.number,
        code: riskCode(row.number),
        processOrDocument: row.process_or_document,
        probability: row.a_p!,
        frequency: row.a_f!,
        impact: row.a_i!,
        score: row.a_s!,
        level: riskLevel(row.a_s!, size),
      });
    }
    if (!before) continue;
    const from = point(row.b_p, row.b_f, row.b_i, row.b_st);
    if (!from && !to) continue;
    if (from && to && from.likelihood === to.likelihood && from.impact === to.impact) continue;
    const direction: RiskMovement['direction'] = !from
      ? 'appeared'
      : !to
        ? 'left'
        : to.likelihood * to.impact > from.likelihood * from.impact
          ? 'up'
          : to.likelihood * to.impact < from.likelihood * from.impact
            ? 'down'
            : 'across';
    movements.push({
      id: row.id,
      code: riskCode(row.number),
      processOrDocument: row.process_or_document,
      from,
      to,
      direction,
    });
  }
  return { register: register as RiskRegister, asOf: at, compareWith: before, scale: size, cells, movements };
}
