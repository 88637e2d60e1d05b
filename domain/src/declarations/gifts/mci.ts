import type { EntityManager } from '@mikro-orm/postgresql';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { MonthlyCalculationIndex } from './mci.entity.js';

/**
 * The MCI in force on `day`: the latest figure that took effect on or before it, or null when the
 * configuration holds none that early.
 */
export async function mciOn(em: EntityManager, day: CalendarDay): Promise<number | null> {
  const found = await em.findOne(
    MonthlyCalculationIndex,
    { effectiveFrom: { $lte: day } },
    { orderBy: { effectiveFrom: 'desc' } },
  );
  return found?.amountTenge ?? null;
}

export interface MciFigure {
  effectiveFrom: CalendarDay;
  amountTenge: number;
  source: string;
}

/** The configured figures, the latest first. */
export async function mciFigures(em: EntityManager): Promise<MciFigure[]> {
  const rows = await em.find(MonthlyCalculationIndex, {}, { orderBy: { effectiveFrom: 'desc' } });
  return rows.map((row) => ({
    effectiveFrom: toDay(row.effectiveFrom),
    amountTenge: row.amountTenge,
    source: row.source,
  }));
}

/** A value in tenge as a number of MCI, to two decimals. */
export function inMci(valueTenge: number, mciTenge: number | null): number | null {
  return mciTenge ? Math.round((valueTenge / mciTenge) * 100) / 100 : null;
}
