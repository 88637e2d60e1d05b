import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import { isUuid } from '../../org/org-queries.js';
import { wholeDays } from '../../kpi/whole-days.js';
import { formatCaseNumber } from '../cases/case-number.js';
import { HOTLINE_CATEGORIES, HOTLINE_CHANNELS } from '../cases/hotline-report.entity.js';
import { HOTLINE_INVESTIGATORS, HOTLINE_MANAGERS } from '../hotline-roles.js';
import { isHotlineManager } from '../cases/case-access.js';
import { casesWithheldFrom } from '../cases/case-handler.js';
import {
  ASSIGNED_TO_SQL,
  MEASURE_SQL,
  NO_ORG_UNIT,
  ORG_UNIT_KEY_SQL,
  SEVERAL_ORG_UNITS,
  TREND_MEASURES,
  type TrendMeasure,
} from './trends.js';

/** Which figure of the dashboard: its period, and the month, measure or breakdown cell picked. */
export interface FigureFilter {
  periodFrom?: Date | null;
  periodTo?: Date | null;
  /** "2026-03": the reports received that month (Kazakhstan's calendar). */
  month?: string | null;
  measure?: TrendMeasure | null;
  category?: string | null;
  channel?: string | null;
  /** An org unit's id, NO_ORG_UNIT or SEVERAL_ORG_UNITS. */
  orgUnit?: string | null;
}

export interface FigureCase {
  id: string;
  number: string;
}

/** Enough for a figure a person reads through; a bigger one is opened in the case list. */
export const FIGURE_CASES_LIMIT = 100;

/** §69: those who handle the cases: the compliance head runs them all, an investigator works her own. */
export const FIGURE_CASE_OPENERS = [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS];

/**
 * The cases behind one figure of the dashboard, by number, for their handlers: the compliance
 * head, of every case, and an investigator, of those assigned to her (the others see the figures
 * only), never one withheld from the reader (ADR 008: a case that names them, or for the head one
 * that names a compliance head). Counted as `hotlineTrends` counts them, so that the list is as
 * long as the figure (up to FIGURE_CASES_LIMIT) but for those withheld.
 */
export async function casesBehindFigure(
  em: EntityManager,
  actor: Actor,
  filter: FigureFilter,
  now: Date = new Date(),
): Promise<FigureCase[]> {
  requireAnyRole(actor, FIGURE_CASE_OPENERS, 'open the cases behind a figure');
  const days = wholeDays(filter, now, { completeDaysOnly: false });
  const conditions = [
    'r.organization_id = ?',
    '(cast(? as timestamptz) is null or r.received_at >= cast(? as timestamptz))',
    'r.received_at < cast(? as timestamptz)',
  ];
  const params: unknown[] = [actor.organizationId, days.start, days.start, days.end];
  if (!isHotlineManager(actor)) {
    conditions.push(ASSIGNED_TO_SQL);
    params.push(actor.personId);
  }
  const withheld = await casesWithheldFrom(em, actor);
  if (withheld.length > 0) {
    conditions.push(`r.id not in (${withheld.map(() => '?').join(', ')})`);
    params.push(...withheld);
  }
  if (filter.month) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(filter.month)) {
      throw ValidationError.because('hotline.dashboard.figure', { field: 'month' });
    }
    conditions.push(`to_char(${kazakhstanDaySql('r.received_at')}, 'YYYY-MM') = ?`);
    params.push(filter.month);
  }
  const measure = filter.measure ?? 'received';
  if (!TREND_MEASURES.includes(measure)) {
    throw ValidationError.because('hotline.dashboard.figure', { field: 'measure' });
  }
  if (measure !== 'received') {
    conditions.push(MEASURE_SQL[measure]);
    params.push(days.asOf);
  }
  if (filter.category) {
    if (!(HOTLINE_CATEGORIES as readonly string[]).includes(filter.category)) {
      throw ValidationError.because('hotline.dashboard.figure', { field: 'category' });
    }
    conditions.push('r.category = ?');
    params.push(filter.category);
  }
  if (filter.channel) {
    if (!(HOTLINE_CHANNELS as readonly string[]).includes(filter.channel)) {
      throw ValidationError.because('hotline.dashboard.figure', { field: 'channel' });
    }
    conditions.push('r.channel = ?');
    params.push(filter.channel);
  }
  if (filter.orgUnit) {
    const known =
      filter.orgUnit === NO_ORG_UNIT || filter.orgUnit === SEVERAL_ORG_UNITS || isUuid(filter.orgUnit);
    if (!known) throw ValidationError.because('hotline.dashboard.figure', { field: 'orgUnit' });
    conditions.push(`${ORG_UNIT_KEY_SQL} = ?`);
    params.push(filter.orgUnit);
  }
  const rows = await em.execute<{ id: string; number: number; received_at: Date }[]>(
    `select r.id, r.number, r.received_at from hotline_report r where ${conditions.join(' and ')}
     order by r.received_at, r.number limit ${FIGURE_CASES_LIMIT}`,
    params,
  );
  return rows.map((row) => ({ id: row.id, number: formatCaseNumber(row.number, new Date(row.received_at)) }));
}
