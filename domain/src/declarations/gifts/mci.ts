import type { EntityManager } from '@mikro-orm/postgresql';
import type { CalendarDay } from '../../kernel/working-days.js';
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

/** A value in tenge as a number of MCI, to two decimals. */
export function inMci(valueTenge: number, mciTenge: number | null): number | null {
  return mciTenge ? Math.round((valueTenge / mciTenge) * 100) / 100 : null;
}
